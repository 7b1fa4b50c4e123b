using KeynoteBuilder.Binding;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Model;
using KeynoteBuilder.Syntax;
using KeynoteBuilder.Text;

namespace KeynoteBuilder.Bodies.Text;

/// <summary><c>text:</c> a multi-line string; blank-line-separated blocks are paragraphs, lines inside a block flow together.</summary>
public sealed class TextKind : BodyKind<TextBody>
{
    public override string Key => "text";

    public override SlideBody? Bind(YamlNode value, YamlMapping slide, BindContext context)
    {
        if (context.Text(value, "text") is not { } text)
        {
            return null;
        }

        if (CodeFences.Report(value, text, "`text`", context))
        {
            return new TextBody(value.Start, [RichText.FromPlain(text, value.Start)]);
        }

        var paragraphs = TextParagraphs.Split(text)
            .Select(block => InlineMarkup.Parse(block.Text, LineStart(value, block.FirstLine), context.Diagnostics))
            .ToList();
        return new TextBody(value.Start, paragraphs);
    }

    /// <summary>Block scalars start on the line after the indicator; inline scalars on their own line.</summary>
    private static SourcePosition LineStart(YamlNode value, int line) =>
        line == 0 ? BindContext.ContentStart(value) : value.Start with { Line = value.Start.Line + line + 1 };

    protected override void Layout(TextBody body, Box area, LayoutContext context)
    {
        var fit = body.Paragraphs.Select(p => new FitParagraph(context.Runs(p))).ToList();
        var (size, fits) = context.Fitter.Fit(fit, area.Width, area.Height, max: TextSizes.Body, min: 14);
        if (!fits)
        {
            context.ReportOverflow(body.Position, "the text");
        }

        var paragraphs = fit.Select((p, i) => new Paragraph(p.Runs, size, context.Theme.Text, SpaceBefore: i == 0 ? 0 : TextGeometry.SpaceBefore(0, size))).ToList();
        context.Add(new TextShape(context.Name("Text"), area, TextRole.Body, paragraphs));
    }
}
