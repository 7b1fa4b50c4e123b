namespace KeynoteBuilder.Diagnostics;

/// <summary>
/// Every diagnostic code, stable once published. <see cref="Catalogue"/> feeds the documentation
/// (docs/errors.md is checked against it by a test), so a code cannot be added without its explanation.
/// </summary>
public static class Codes
{
    // KB01xx: the file and its YAML structure.
    public const string YamlSyntax = "KB0101";
    public const string TabIndentation = "KB0102";
    public const string UnknownKey = "KB0103";
    public const string DuplicateKey = "KB0104";
    public const string WrongType = "KB0105";
    public const string MissingKey = "KB0106";
    public const string FileTooLarge = "KB0107";
    public const string NestingTooDeep = "KB0108";
    public const string AliasExpansion = "KB0109";
    public const string NotUtf8 = "KB0110";
    public const string EmptyFile = "KB0111";
    public const string MultipleDocuments = "KB0112";
    public const string UnquotedIndicator = "KB0113";
    public const string ValueIsComment = "KB0114";
    public const string QuotedParent = "KB0115";
    public const string ChildKeysNotIndented = "KB0116";
    public const string UnclosedQuote = "KB0117";
    public const string FoldedLines = "KB0118";
    public const string AliasTextExpansion = "KB0119";
    public const string MergeKey = "KB0120";
    public const string LoneSurrogate = "KB0121";

    // KB02xx: values with a fixed set of choices or a fixed shape.
    public const string UnknownLayout = "KB0201";
    public const string BadSize = "KB0202";
    public const string BadColor = "KB0203";
    public const string BadBoolean = "KB0204";
    public const string UnknownAlignment = "KB0205";
    public const string BodyConflict = "KB0206";
    public const string LayoutBody = "KB0207";
    public const string BadDate = "KB0208";
    public const string CaptionWithoutImage = "KB0209";

    // KB03xx: text, inline markup and bullets.
    public const string UnbalancedMarkup = "KB0301";
    public const string BadLink = "KB0302";
    public const string TooManyLevels = "KB0303";
    public const string EmptyText = "KB0304";
    public const string CodeFence = "KB0305";
    public const string ColonWithoutChildren = "KB0306";

    // KB04xx: emphasis steps.
    public const string PhraseNotFound = "KB0401";
    public const string EmptySteps = "KB0402";
    public const string StepsWithoutBody = "KB0403";

    // KB05xx: tables.
    public const string RaggedRow = "KB0501";
    public const string EmptyTable = "KB0502";
    public const string AlignCount = "KB0503";
    public const string TableTooLarge = "KB0504";

    // KB06xx: charts.
    public const string UnknownChartType = "KB0601";
    public const string SeriesLength = "KB0602";
    public const string NotANumber = "KB0603";
    public const string NegativeInPie = "KB0604";
    public const string EmptyChart = "KB0605";
    public const string PieSeriesCount = "KB0606";
    public const string TooManyCategories = "KB0607";
    public const string TooManySeries = "KB0608";
    public const string CrowdedChart = "KB0609";
    public const string BadBaseline = "KB0610";

    // KB07xx: files a deck references (images, CSV).
    public const string MissingFile = "KB0701";
    public const string PathOutsideDeck = "KB0702";
    public const string NotAnImage = "KB0703";
    public const string ReferencedFileTooLarge = "KB0704";
    public const string CsvSyntax = "KB0705";
    public const string BadFilePath = "KB0706";
    public const string NotARegularFile = "KB0707";
    public const string UnresolvableLink = "KB0708";
    public const string DamagedImage = "KB0709";
    public const string BadImageSize = "KB0710";

    // KB08xx: layout.
    public const string TextDoesNotFit = "KB0801";

    // KB09xx: deck-wide limits, after steps expand.
    public const string TooManySlides = "KB0901";
    public const string TooMuchText = "KB0902";
    public const string PackageTooLarge = "KB0903";

    // KB10xx: the speaker's own template (template:, template-master:, layouts:).
    public const string TemplateNotAPackage = "KB1001";
    public const string TemplateWithMacros = "KB1002";
    public const string TemplateTooLarge = "KB1003";
    public const string TemplateBadEntryName = "KB1004";
    public const string TemplateExternalTarget = "KB1005";
    public const string TemplateBadXml = "KB1006";
    public const string TemplateMissingPart = "KB1007";
    public const string TemplateHugeImage = "KB1008";
    public const string UnknownMaster = "KB1009";
    public const string UnknownTemplateLayout = "KB1010";
    public const string TemplateDecides = "KB1011";
    public const string LayoutFallback = "KB1012";

    /// <summary>Code, one-line title, and how to fix it, for the documentation.</summary>
    public static IReadOnlyList<(string Code, string Title, string Fix)> Catalogue { get; } =
    [
        (YamlSyntax, "YAML syntax error", "Fix the YAML at the position shown: a missing colon, an unclosed quote or bracket, or a bad indent."),
        (TabIndentation, "Tab used for indentation", "YAML indents with spaces only; replace the tab with spaces."),
        (UnknownKey, "Unknown key", "Check the spelling against the format reference; the message suggests the closest known key."),
        (DuplicateKey, "Duplicate key", "A key appears twice in one mapping; keep one."),
        (WrongType, "Wrong kind of value", "The value is a list, a mapping or text where another kind belongs; the message says which."),
        (MissingKey, "Required key missing", "Add the key: a deck needs `title` and `slides`, a chart needs data, a table needs a header."),
        (FileTooLarge, "Deck file too large", "A deck is kilobytes of text; split it or move data into CSV files."),
        (NestingTooDeep, "Nesting too deep", "The YAML nests deeper than any deck needs; flatten it."),
        (AliasExpansion, "Too many alias expansions", "YAML aliases (*name) expand to more nodes than the limit; write the content out or use fewer aliases."),
        (NotUtf8, "File is not UTF-8", "Save the deck as UTF-8."),
        (EmptyFile, "Empty deck", "The file has no YAML content; start from the sample deck."),
        (MultipleDocuments, "More than one YAML document", "A deck is one YAML document; remove the extra `---` separators."),
        (UnquotedIndicator, "Text starts with a YAML indicator", "Unquoted YAML text cannot start with `*` (an alias), `&`, `!`, `@` or a backtick; quote the whole item, for example `- \"**Bold** start\"`."),
        (ValueIsComment, "Value read as a comment", "` #` starts a YAML comment, so `accent: #336791` has no value; quote it: `accent: \"#336791\"`."),
        (QuotedParent, "Quoted text with indented children", "A quoted item is text and cannot have children; put the colon after the closing quote: `- \"Item\":`."),
        (ChildKeysNotIndented, "Keys not indented under their parent", "The keys of a chart, a table, the theme or its colors belong under it, indented further than `chart:`; indent them."),
        (UnclosedQuote, "Quote not closed where meant", "Close the quote on the line where it opens; inside double quotes write `\\\"`, inside single quotes `''`."),
        (FoldedLines, "Lines folded into one text", "YAML joins a more-indented line to the text above it, so a `- item` or `key:` there is not structure; end the parent with `:` or quote the text."),
        (AliasTextExpansion, "Aliases expand to too much text", "Each use of an alias (*name) repeats its text. The deck's text with every alias written out is capped at 4 MiB of characters, the same as the file cap: a deck that could not be written out within 4 MiB is not one a slide can show, and every character costs time in text fitting and space in the package (one 1 MB bullet aliased 400 times took 45 minutes). Write the text once, or shorten it."),
        (MergeKey, "Merge keys are not supported", "`<<: *name` (a YAML merge key) is not supported; write the keys out in this mapping."),
        (LoneSurrogate, "Lone surrogate escape", "`\\uD800`-`\\uDFFF` escapes are halves of a UTF-16 pair, not characters; write the character itself or its code point, such as `\\U0001F600`."),
        (UnknownLayout, "Unknown layout", "Use one of title, section, statement, content."),
        (BadSize, "Unknown slide size", "Use \"16:9\" or \"4:3\" (quoted)."),
        (BadColor, "Bad colour", "Write colours as \"#RRGGBB\" (quoted, six hex digits)."),
        (BadBoolean, "Not true or false", "Write true or false."),
        (UnknownAlignment, "Unknown alignment", "Use left, center or right."),
        (BodyConflict, "More than one slide body", "A content slide has one body: bullets, text, table, chart or image. Split the slide."),
        (LayoutBody, "Body on a layout without one", "title, section and statement slides have no body; use layout: content or remove the body."),
        (BadDate, "Date not written YYYY-MM-DD", "The package's dates come from `date:` only when it is a day written YYYY-MM-DD, such as 2014-10-14; otherwise they come from SOURCE_DATE_EPOCH or a fixed date."),
        (CaptionWithoutImage, "Caption without an image", "`caption` goes under an `image`; on other slides use `source` or `subtitle`."),
        (UnbalancedMarkup, "Unbalanced inline markup", "Close the ** , * or ` marker, or escape a literal one with a backslash."),
        (BadLink, "Link not allowed", "Links use http, https or mailto and are written [text](https://...)."),
        (TooManyLevels, "More than three bullet levels", "Bullets nest at most three levels; flatten the list."),
        (EmptyText, "Empty text", "The value is empty; write the text or remove the key."),
        (CodeFence, "Code fence in text or bullets", "A ``` fence is not inline markup; put code in a `code:` body (format 2), or use `inline code` in backquotes."),
        (ColonWithoutChildren, "Item ends with ':' but has no children", "Indent the items that belong under it by two more spaces than its `-`, or remove the colon."),
        (PhraseNotFound, "Step phrase matches nothing", "A step phrase must appear, as whole words with the same case, in the slide's body."),
        (EmptySteps, "Empty steps list", "`steps` needs at least one step; use [] inside it for a plain copy."),
        (StepsWithoutBody, "Steps on a slide without text to emphasise", "Steps emphasise phrases in bullets, text or a table; add one or remove `steps`."),
        (RaggedRow, "Row length differs from the header", "Every row has exactly as many cells as the header."),
        (EmptyTable, "Table without rows", "Add rows (or a CSV file with a header line and at least one row)."),
        (AlignCount, "Alignment count differs from the columns", "Give one alignment per column."),
        (TableTooLarge, "Table too large for a slide", "A table has at most 30 rows below its header and 20 columns: at the smallest table text (10 pt) a row is 23 pt high, so a whole 540 pt slide shows at most 23 rows, and a column needs about 40 pt, so 852 pt of width holds about 20. Split the table across slides, or aggregate the rows."),
        (UnknownChartType, "Unknown chart type", "Use column, bar, stacked-column, stacked-bar, line, pie or donut."),
        (SeriesLength, "Series length differs from the categories", "Give one value per category in every series."),
        (NotANumber, "Not a number", "Chart values are plain numbers such as 12, -3.5 or 1,105."),
        (NegativeInPie, "Negative value in a pie or donut", "Pie and donut slices must be zero or more; use a bar chart for signed data."),
        (EmptyChart, "Chart without data", "Give categories and at least one series, or a CSV file."),
        (PieSeriesCount, "Pie or donut with several series", "A pie or donut shows exactly one series."),
        (TooManyCategories, "More data than a chart can show", "A chart shows at most 100 columns or bars (on the widest slide that leaves about 8 pt a band, the narrowest bar a room can see), 1,000 points on a line (under a point apart on a full-width chart: already a continuous curve) and 20 slices of a pie or donut (past that, slices are thinner than their labels and most labels would be dropped). Aggregate the data (by week or bucket, or the largest ones plus 'Other'); the limit also keeps a huge CSV from taking minutes to draw."),
        (TooManySeries, "Too many series", "A chart shows at most 12 series: the palette has ten hues, so past 12 colours repeat and the legend takes more room than the plot. Aggregate the series or split the chart."),
        (CrowdedChart, "Chart no one can read", "A warning: more than 8 series (colours past the eighth are hard to tell apart in print or on a projector, and the legend crowds the plot), or a pie or donut whose slices are all zero (it draws as an empty picture). Group series, or check the values."),
        (BadBaseline, "Bad baseline", "`baseline` is zero (the default) or auto; auto lets a line chart's value axis start near its data, and is refused on bars, columns and pies, whose lengths and areas must start at zero to compare."),
        (MissingFile, "File not found", "The path is relative to the deck's folder; check the name."),
        (PathOutsideDeck, "Path outside the deck's folder", "Images and CSV files must live in the deck's folder or below it."),
        (NotAnImage, "Not a PNG or JPEG", "Images must be real PNG or JPEG files."),
        (ReferencedFileTooLarge, "Referenced file too large", "Images and CSV files are capped in size; shrink the file."),
        (CsvSyntax, "CSV does not parse", "Fix the CSV at the line and column shown: a quote that is never closed, or a quote inside an unquoted field (double it, or quote the whole field)."),
        (BadFilePath, "Path holds a character no file name can", "Remove the control character (often a NUL, `\\0`, from a copy and paste) from the path."),
        (NotARegularFile, "Not a regular file", "Images and CSV files must be ordinary files, not a named pipe (FIFO), a device or a socket: copy the data into a file."),
        (UnresolvableLink, "Symbolic link cannot be followed", "The link leads back to itself or through too many links; point it at a real file."),
        (DamagedImage, "Damaged image", "The file is cut short or its data does not decode; export or download the image again."),
        (BadImageSize, "Impossible image size", "The header declares a width or height of 0 or more pixels than any real image has; export the image again."),
        (TextDoesNotFit, "Text does not fit", "The text overflows its box even at the smallest size; shorten it or split the slide."),
        (TooManySlides, "Too many slides", "A deck has at most 2,000 slides, counting each copy a step makes: a long talk has about 100 and a day's course with every step a few hundred, and 2,000 still build in seconds. Use fewer steps or split the deck."),
        (TooMuchText, "Too much text", "The slides and their notes hold at most 16 MiB of text, counting each copy a step makes: four times the 4 MiB deck-file cap, and thousands of times a real talk's text. Shorten the text, use fewer steps or split the deck."),
        (PackageTooLarge, "Package too large", "The .pptx is capped at 512 MiB: room for 25 images at the 20 MB per-file cap beside the text and charts, ten times a photo-heavy talk. Checked before writing (images, text) and while writing (drawn charts). Use smaller images (a photo at screen size is about 1 MB), fewer charts, or split the deck."),
        (TemplateNotAPackage, "Template is not a PowerPoint package", "`template:` names a .pptx or .potx: a zip package. An encrypted (password-protected) file, an old binary .ppt, a Git LFS pointer or a file of another kind is refused; save the template again from PowerPoint or LibreOffice as .pptx or .potx, without a password."),
        (TemplateWithMacros, "Template with macros", "A .pptm or .potm carries VBA macros, which KeynoteBuilder never copies or runs; save the template as .pptx or .potx."),
        (TemplateTooLarge, "Template too large to unpack", "A template is unpacked under caps: at most 10,000 entries, 64 MiB per part, 256 MiB in all, and no part that unpacks to over 100 times its packed size (the mark of a zip bomb). Real company templates are a few MiB; remove unused layouts and pictures, or save it again."),
        (TemplateBadEntryName, "Template has an entry with a bad name", "Every part of a package is named from its root (`ppt/slides/slide1.xml`); a name with `..`, a leading slash, a backslash, a drive letter, a control character, or two names that differ only in case is refused. Save the template again from PowerPoint or LibreOffice."),
        (TemplateExternalTarget, "Template loads something from outside the package", "A master, layout or theme that links a picture, object or font from a web address or another file is refused: opening the deck would fetch it. Hyperlinks (to open on click) are kept. Embed the picture in the template instead."),
        (TemplateBadXml, "Template part is not well-formed XML", "The part named is damaged or not XML (a DTD is never read). Open and save the template in PowerPoint or LibreOffice to repair it."),
        (TemplateMissingPart, "Template lacks a part it needs", "A template needs its presentation part, a slide size, at least one slide master with its theme and at least one layout, and every part its masters and layouts relate to. The message names what is missing; save the template again, or repair it in PowerPoint."),
        (TemplateHugeImage, "Template picture too large", "A picture in a template's masters, layouts or theme may be at most 20,000 pixels a side and 100 million pixels in all; export it smaller."),
        (UnknownMaster, "No master of that name in the template", "`template-master:` names a slide master as PowerPoint's Slide Master view shows it; the message lists the template's masters. `keynote template FILE` prints them."),
        (UnknownTemplateLayout, "No layout of that name in the template", "A name in `layouts:` must be one of the chosen master's layouts (compared ignoring case, spacing and a copy's `1_` prefix); for a list, at least one. `keynote template FILE` prints the layouts."),
        (TemplateDecides, "Template decides this", "With `template:`, the slide size and the theme come from the template: remove `size:` and `theme:` (only `theme.colors.emphasis`, the colour of emphasised words, may stay)."),
        (LayoutFallback, "Template lacks a layout", "A warning: none of the template's layouts serves one of ours by name, type or placeholders, so the nearest one is used, named in the message. Name the layout to use under `layouts:` to choose another."),
    ];
}
