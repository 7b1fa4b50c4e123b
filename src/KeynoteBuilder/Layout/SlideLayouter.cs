using KeynoteBuilder.Bodies;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Model;

namespace KeynoteBuilder.Layout;

/// <summary>
/// The layout pass: places each slide's title, body, source, footnote and footer, fitting every
/// text to its box with measured widths. Bodies lay themselves out through their <see cref="IBodyKind"/>.
/// </summary>
public sealed class SlideLayouter(TextFitter fitter)
{
    public LaidOutDeck Layout(Deck deck, IReadOnlyList<Slide> slides, DiagnosticBag diagnostics)
    {
        var frame = new SlideFrame(deck.Size);
        var result = new List<LaidOutSlide>(slides.Count);
        var deckFitter = fitter.WithFonts(deck.Theme.Fonts);
        TemplateTextWarnings.Report(deck, slides, diagnostics);
        for (var i = 0; i < slides.Count; i++)
        {
            var context = new LayoutContext(deck, slides[i], deckFitter, diagnostics);
            if (slides[i].Background is { } background)
            {
                context.Theme = Bodies.Image.BackgroundPicture.Place(background, context);
            }

            string? notes;
            if (deck.Template is { } template)
            {
                TemplateSlides.Place(context, template, frame);
                notes = slides[i].Notes;
            }
            else
            {
                notes = PlaceSlide(context, frame);
            }

            if (slides[i].Layout != SlideLayout.Title)
            {
                PlaceFooter(context, frame, i + 1);
            }

            var role = Templates.LayoutRoles.Of(slides[i]);
            result.Add(new LaidOutSlide(slides[i].Layout, context.Shapes, notes, context.Theme == deck.Theme ? null : context.Theme)
            {
                Position = slides[i].Position,
                Role = role == Templates.LayoutRoles.Of(slides[i].Layout) ? null : role,
                TemplateLayout = slides[i].TemplateLayout,
            });
        }

        return new LaidOutDeck(deck, result) { Fitter = deckFitter };
    }

    private string? PlaceSlide(LayoutContext context, SlideFrame frame)
    {
        var slide = context.Slide;
        switch (slide.Layout)
        {
            case SlideLayout.Title:
                TitleSlides.PlaceTitle(context, frame);
                break;
            case SlideLayout.Section:
                TitleSlides.PlaceSection(context, frame);
                break;
            case SlideLayout.Statement:
                TitleSlides.PlaceStatement(context, frame);
                break;
            default:
                PlaceContent(context, frame);
                break;
        }

        return slide.Notes;
    }

    private void PlaceContent(LayoutContext context, SlideFrame frame)
    {
        var slide = context.Slide;
        var theme = context.Theme;
        if (slide.Title is not null)
        {
            Texts.Place(context, frame.TitleBox, TextRole.Title, [slide.Title], TextSizes.Title, 22, theme.Text, bold: true, anchor: VerticalAnchor.Bottom, maxLines: 2);
            context.Add(new RuleShape(context.Name("Title Rule"), frame.TitleRule, theme.Accent));
        }

        if (slide.Subtitle.Count > 0)
        {
            Texts.Place(context, frame.SubtitleBox, TextRole.TextBox, slide.Subtitle, 22, 14, theme.Muted, maxLines: 1);
        }

        // The bottom of the slide stacks up: footer band, footnote, source line; the body gets the rest.
        var bottom = SmallPrint.Place(context, frame);
        if (slide.Body is not null)
        {
            var top = frame.BodyTop(slide.Subtitle.Count > 0);
            var area = frame.BodyBox(top, bottom);
            BodyKinds.For(slide.Body).Layout(slide.Body, area, context);
        }
    }

    private static void PlaceFooter(LayoutContext context, SlideFrame frame, int number)
    {
        var deck = context.Deck;
        var footer = deck.Footer is null ? null : Model.RichText.FromPlain(deck.Footer, default);
        var text = deck.SlideNumbers ? number.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;

        // On a template, each goes into its layout's placeholder where the layout has one.
        var (inFooter, inNumber) = deck.Template is { } template ? TemplateSlides.PlaceFooter(context, template, footer, text) : (false, false);
        if (footer is not null && !inFooter)
        {
            context.Add(new TextShape(context.Name("Footer"), frame.FooterBox, TextRole.Footer, [new Paragraph(footer.Runs, TextSizes.Small, context.Theme.Muted)]));
        }

        if (text is not null && !inNumber)
        {
            context.Add(new TextShape(context.Name("Slide Number"), frame.NumberBox, TextRole.SlideNumber,
                [new Paragraph([new TextRun(text)], TextSizes.Small, context.Theme.Muted, Align: TextAlign.Right)]));
        }
    }
}
