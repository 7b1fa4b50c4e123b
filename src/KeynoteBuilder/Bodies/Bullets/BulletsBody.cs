using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Model;

namespace KeynoteBuilder.Bodies.Bullets;

/// <summary>A bullet item with its level (0 to 2), in reading order.</summary>
public sealed record Bullet(RichText Text, int Level);

/// <summary>Bullet items; with <paramref name="Reveal"/>, a slide show shows them one top-level item (with its children) per click.</summary>
public sealed record BulletsBody(SourcePosition Position, IReadOnlyList<Bullet> Items, bool Reveal = false) : SlideBody(Position)
{
    public override IEnumerable<RichText> Texts => Items.Select(i => i.Text);
}
