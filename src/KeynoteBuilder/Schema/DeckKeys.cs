using KeynoteBuilder.Bodies.Code;

namespace KeynoteBuilder.Schema;

/// <summary>
/// Every key of a deck, in one place: the binder checks mappings against these tables, and
/// <see cref="DeckSchema"/> writes the JSON Schema from them. A new key goes here, with what it does.
/// The order is the order messages list the keys in.
/// </summary>
public static class DeckKeys
{
    public static KeyTable Deck { get; } = new("the deck",
    [
        new("title", "Required. The deck's title; also the document title in File > Properties."),
        new("author", "The document's author."),
        new("organization", "The author's organisation, in the document's properties."),
        new("event", "The event the talk is given at, in the document's properties."),
        new("date", "The day of the talk, YYYY-MM-DD; kept as written, and the package's dates come from it (without it, from SOURCE_DATE_EPOCH or a fixed date)."),
        new("size", "The slide size: \"16:9\" (13.333 x 7.5 in) or \"4:3\" (10 x 7.5 in); quote it.", ValueShape.Choice) { Enum = ["16:9", "4:3"], Default = "16:9" },
        new("footer", "Small text on every slide except title slides."),
        new("slide-numbers", "Number every slide except title slides.", ValueShape.Boolean) { Default = "false" },
        new("chart-notes", "Copy each chart's data into the speaker notes.", ValueShape.Boolean) { Default = "true" },
        new("theme", "The font and colours of the built-in look.", ValueShape.Structure) { Definition = "theme" },
        new("slides", "Required. The slides, in order; at least one.", ValueShape.Structure) { Definition = "slides" },
        new("template", "A speaker's own template, a .pptx or .potx relative to the deck: its slide size, master, layouts and theme are the deck's.", ValueShape.Path),
        new("template-master", "Which slide master of the template to use, by name (default: the first)."),
        new("layouts", "Which template layout each of our layouts (title, section, content, statement, two-column, comparison, picture, blank) uses: a name, or names in order of preference.", ValueShape.Structure) { Definition = "layouts" },
    ]);

    public static KeyTable Theme { get; } = new("the theme",
    [
        new("font", "The font written into the theme for titles and text.") { Default = "Arial" },
        new("colors", "The theme's colours, each \"#RRGGBB\" in quotes; the others (muted text, table stripes) come from these.", ValueShape.Structure) { Definition = "colors" },
        new("fonts", "Extra font files (TTF, OTF, TTC) for chart text, tried in order for characters the bundled font lacks.", ValueShape.TextList),
    ]);

    public static KeyTable Colors { get; } = new("the theme colors",
    [
        new("text", "The colour of text.", ValueShape.Color) { Default = "#222222" },
        new("background", "The colour behind every slide.", ValueShape.Color) { Default = "#FFFFFF" },
        new("accent", "Title rules, table headers and the first chart series.", ValueShape.Color) { Default = "#CC0000" },
        new("emphasis", "Emphasised step text (bold too); defaults to the accent.", ValueShape.Color),
    ]);

    /// <summary>The keys every slide takes; the body keys come from <see cref="Bodies"/>.</summary>
    public static KeyTable Slide { get; } = new("a slide",
    [
        new("title", "The slide title (inline markup allowed). Required on title and statement slides."),
        new("layout", "The slide's layout: content, title, section or statement (only a content slide has a body); with `template:`, also any layout of the template by its name in PowerPoint, such as \"Agenda\", whose placeholders take the title and body.", ValueShape.Choice) { Enum = ["content", "title", "section", "statement"], Default = "content", OpenChoice = true },
        new("subtitle", "A smaller line (or lines, one per line) under the title; on a statement slide, the quote's attribution.", ValueShape.Lines),
        new("notes", "Speaker notes, on the slide's notes page; blank lines separate paragraphs.", ValueShape.Lines),
        new("source", "A small line under the body, for a source or a link."),
        new("footnote", "Small print at the bottom of the slide (trademarks)."),
        new("steps", "Emphasis steps: one copy of the slide per step, with the step's phrases in bold and the emphasis colour; [] is a plain copy.", ValueShape.Structure) { Definition = "steps" },
        new("background", "A picture (PNG, JPEG, GIF or SVG, relative to the deck) filling the whole slide behind everything, dimmed or lightened so the text reads.", ValueShape.Path),
    ]);

    /// <summary>The body keys of a content slide (one of them per slide), by <see cref="Bodies.IBodyKind.Key"/>.</summary>
    public static KeyTable Bodies { get; } = new("a slide",
    [
        new("bullets", "A list of bullets; an item `text:` followed by a list has sub-items (three levels at most).", ValueShape.Structure) { Definition = "bullets" },
        new("text", "Paragraphs of text; blank lines separate them.", ValueShape.Lines),
        new("table", "A table: header and rows, or a CSV file whose first line is the header.", ValueShape.Structure) { Definition = "table" },
        new("chart", "A chart drawn from the numbers: a type, and categories with series or a CSV file.", ValueShape.Structure) { Definition = "chart" },
        new("image", "A PNG, JPEG, GIF or SVG file, relative to the deck, fitted into the body.", ValueShape.Path),
        new("code", "A code listing, coloured by a syntax highlighter: `text` or a `file` (and its `lines`), a `language`, lines to `highlight`.", ValueShape.Structure) { Definition = "code" },
        new("columns", "Two or three bodies side by side, each with an optional `heading` (headings make a comparison slide).", ValueShape.Structure) { Definition = "columns" },
    ]);

    /// <summary>The slide keys bullets own.</summary>
    public static KeyTable Bullets { get; } = new("a slide",
    [
        new("reveal", "Show the top-level bullets one at a time, on click (each with its sub-items).", ValueShape.Boolean) { Default = "false" },
    ]);

    public static KeyTable Code { get; } = new("`code`",
    [
        new("text", "The code itself; a block scalar (|) keeps its lines, tabs and leading spaces.", ValueShape.Lines),
        new("file", "A file of code instead of `text`, relative to the deck.", ValueShape.Path),
        new("lines", "The lines of the file to show: one number, or a range such as \"10-24\"."),
        new("language", "The language to colour it as; leave it out (or write text) for plain text.", ValueShape.Choice) { Enum = [.. CodeLanguages.Names, .. CodeLanguages.PlainNames], IgnoreCase = true },
        new("highlight", "Lines shown emphasised on a band: a line number or a range (\"3-5\"), or a list of them, numbered as the file or text numbers them.", ValueShape.Structure) { Definition = "highlight" },
    ]);

    /// <summary>The keys of a column besides its body (one of <see cref="Bodies"/> but columns) and the slide keys that body owns.</summary>
    public static KeyTable Column { get; } = new("a column",
    [
        new("heading", "The column's heading (inline markup allowed); headings make the slide a comparison."),
    ]);

    /// <summary>The slide keys an image owns.</summary>
    public static KeyTable Image { get; } = new("a slide",
    [
        new("caption", "The line under the image (only on a slide with an `image`)."),
        new("keep-metadata", "Keep a JPEG's Exif, XMP and IPTC data (place, time, camera), which is removed by default.", ValueShape.Boolean) { Default = "false" },
        new("alt", "The picture's alt text, read by screen readers (default: the caption; \"\" marks a decorative picture).", ValueShape.Text),
        new("fit", "contain shows the whole picture; cover fills the box, cropped, never stretched.", ValueShape.Choice) { Enum = ["contain", "cover"], Default = "contain" },
    ]);

    public static KeyTable Chart { get; } = new("a chart",
    [
        new("type", "Required. The chart type.", ValueShape.Choice) { Enum = ["column", "bar", "stacked-column", "stacked-bar", "line", "pie", "donut"] },
        new("categories", "The categories (x axis, or the slices), one per value of each series.", ValueShape.TextList),
        new("series", "The series: each a name and one value per category.", ValueShape.Structure) { Definition = "series" },
        new("csv", "A CSV file instead of categories and series: the first column the categories, each other column a series named by the header.", ValueShape.Path),
        new("labels", "Write the value on each bar, point or slice.", ValueShape.Boolean) { Default = "false" },
        new("unit", "A symbol (\"%\") written after each number, or a word that labels the value axis."),
        new("baseline", "Where the value axis starts: zero, or auto (line charts only) to start near the data.", ValueShape.Choice) { Enum = ["zero", "auto"], Default = "zero" },
    ]);

    public static KeyTable Series { get; } = new("a series",
    [
        new("name", "The series' name, shown in the legend."),
        new("values", "Required. One number per category; null is a gap in a line chart.", ValueShape.Structure) { Definition = "values" },
    ]);

    public static KeyTable Table { get; } = new("a table",
    [
        new("header", "The column names (inline markup allowed).", ValueShape.TextList),
        new("rows", "The rows, each a list with one cell per column.", ValueShape.Structure) { Definition = "rows" },
        new("align", "One alignment per column.", ValueShape.Structure) { Definition = "align" },
        new("csv", "A CSV file instead of header and rows; its first line is the header.", ValueShape.Path),
    ]);
}
