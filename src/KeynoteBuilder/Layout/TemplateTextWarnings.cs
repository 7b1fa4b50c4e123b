using System.Globalization;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Model;
using KeynoteBuilder.Templates;

namespace KeynoteBuilder.Layout;

/// <summary>
/// What the deck is told, once, at its <c>template:</c>, about how its text sits on the template: a master
/// without text styles, a used layout whose placeholders share an index, and each typeface its text is
/// set in that can only be estimated.
/// </summary>
internal static class TemplateTextWarnings
{
    public static void Report(Deck deck, IReadOnlyList<Slide> slides, DiagnosticBag diagnostics)
    {
        if (deck.Template is not { } template || slides.Count == 0)
        {
            return;
        }

        var at = template.Position ?? slides[0].Position;
        var name = template.Model.Name;
        var layouts = slides.Select(template.LayoutOf).Distinct().ToList();
        if (!template.Master.HasTextStyles)
        {
            diagnostics.Warning(Codes.TemplateWithoutTextStyles, at,
                $"template '{name}' has no text styles (its slide master '{template.Master.Name}' has no p:txStyles, as LibreOffice writes them), so PowerPoint would show slide text in its defaults; "
                + "each slide's text carries the template's sizes, colours and bullets itself, and the Design tab will not restyle it. To fix, open the template in PowerPoint and save it");
        }

        var faces = new List<string>();
        foreach (var layout in layouts)
        {
            var slots = TemplateSlots.Of(layout);
            var used = new[] { slots.Title, slots.Subtitle, slots.Body, deck.Footer is null ? null : slots.Footer, deck.SlideNumbers ? slots.SlideNumber : null }
                .OfType<TemplatePlaceholder>().ToList();
            var shared = used.Where(p => slots.SharedIndexes.Contains(p.Index)).ToList();
            if (shared.Count > 0 && template.Master.HasTextStyles)
            {
                var index = shared[0].Index.ToString(CultureInfo.InvariantCulture);
                diagnostics.Warning(Codes.TemplateSharedIndex, at,
                    $"layout '{layout.Name}' of template '{name}' has placeholders that share idx {index} ({string.Join(", ", layout.Placeholders.Where(p => p.Index == shared[0].Index).Select(p => p.Type))}), "
                    + "so a slide cannot say which one its text fills; that text is placed at the layout's boxes with its look written out. To fix, give each placeholder its own index");
            }

            faces.AddRange(used.Select(p => slots.Inherits(p) ? p.Text!.At(0).Face : template.Master.Fonts.Body));
        }

        foreach (var face in faces.Distinct(StringComparer.OrdinalIgnoreCase).Where(f => !FaceMetrics.CanMeasure(f)))
        {
            var named = face.Length == 0 ? "no typeface (each client picks its own)" : $"'{face}'";
            var estimate = FaceMetrics.Widening(face) > 1
                ? $"it is measured as Arial {(FaceMetrics.UnknownWidening - 1) * 100:0}% wider, so its text may shrink a little more than it needs"
                : $"it is measured as Arial, which it is no wider than, so its text fits but may shrink a little more than it needs";
            diagnostics.Warning(Codes.TemplateFontNotMeasured, at,
                $"template '{name}' sets slide text in {named}, whose widths KeynoteBuilder does not carry: {estimate}");
        }
    }
}
