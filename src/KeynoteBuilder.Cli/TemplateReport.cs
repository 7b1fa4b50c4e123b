using System.Globalization;
using KeynoteBuilder.Templates;

namespace KeynoteBuilder.Cli;

/// <summary>The text <c>keynote template</c> prints: sizes in points (72 to the inch), as PowerPoint's own dialogs give them in inches beside.</summary>
public static class TemplateReport
{
    public static void Write(TemplateModel model, TextWriter output)
    {
        output.WriteLine(Invariant($"{model.Name}: slides {model.Width:0.##} x {model.Height:0.##} pt ({model.Width / 72:0.###} x {model.Height / 72:0.###} in), {Count(model.Masters.Count, "master")}, {(model.HasNotesMaster ? "a notes master" : "no notes master (KeynoteBuilder adds its own for speaker notes)")}"));
        for (var m = 0; m < model.Masters.Count; m++)
        {
            var master = model.Masters[m];
            var resolved = LayoutResolver.Resolve(master);
            output.WriteLine();
            output.WriteLine($"master {m + 1} '{master.Name}'{(m == 0 ? " (the default; choose another with template-master:)" : "")}: {Count(master.Layouts.Count, "layout")}, fonts '{master.Fonts.Heading}' (headings) and '{master.Fonts.Body}' (body){(master.HasTextStyles ? "" : ", no text styles (KeynoteBuilder's sizes are used)")}");
            foreach (var layout in master.Layouts)
            {
                var serves = resolved.Values.Where(r => r.Layout == layout && r.By != ResolvedBy.Fallback).Select(r => $"{LayoutRoles.NameOf(r.Role)} ({r.How})").ToList();
                output.WriteLine($"  layout '{layout.Name}' (type {layout.Type}){(serves.Count > 0 ? ": serves " + string.Join(", ", serves) : "")}");
                foreach (var p in layout.Placeholders)
                {
                    output.WriteLine(Invariant($"    {p.Type,-8} idx {p.Index,-3} at {p.Box.X:0},{p.Box.Y:0} size {p.Box.Width:0} x {p.Box.Height:0} pt, text {p.LevelSizes[0]:0.#} pt{(p.Vertical ? ", vertical" : "")}"));
                }
            }

            output.WriteLine($"  our layouts on this master:");
            foreach (var (role, name) in LayoutRoles.All)
            {
                var r = resolved[role];
                output.WriteLine($"    {name,-11} -> '{r.Layout.Name}' ({r.How})");
            }
        }
    }

    private static string Count(int n, string what) => $"{n} {what}{(n == 1 ? "" : "s")}";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
