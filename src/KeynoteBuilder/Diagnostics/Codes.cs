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
    public const string RefusedImageFormat = "KB0711";
    public const string BrokenSvg = "KB0712";
    public const string SvgOutsideReference = "KB0713";
    public const string SvgTooComplex = "KB0714";
    public const string BadImageFit = "KB0715";
    public const string MissingAltText = "KB0716";
    public const string ImageKeyWithoutImage = "KB0717";

    // KB08xx: layout.
    public const string TextDoesNotFit = "KB0801";

    // KB09xx: deck-wide limits, after steps expand.
    public const string TooManySlides = "KB0901";
    public const string TooMuchText = "KB0902";
    public const string PackageTooLarge = "KB0903";

    // KB11xx: code listings and reveal builds (deck format 2).
    public const string UnknownLanguage = "KB1101";
    public const string CodeTextAndFile = "KB1102";
    public const string CodeNotText = "KB1103";
    public const string BadLineRange = "KB1104";
    public const string LinesOutsideCode = "KB1105";
    public const string BadHighlight = "KB1106";
    public const string TooManyCodeLines = "KB1107";
    public const string CodeLineTooLong = "KB1108";
    public const string RevealWithoutBullets = "KB1109";
    // KB1125-KB1139: columns.
    public const string ColumnCount = "KB1125";
    public const string ColumnWithoutBody = "KB1126";
    public const string ColumnBodies = "KB1127";
    public const string BodyBesideColumns = "KB1128";
    // KB114x: text in every script (theme.fonts).
    public const string BadFontFile = "KB1140";
    public const string MissingGlyph = "KB1141";
    public const string SvgTextWithoutGlyph = "KB1142";
    // KB12xx: the PDF, PNG and diff outputs drawn by the slide renderer.
    public const string UndrawableShape = "KB1201";
    public const string UndrawablePicture = "KB1202";
    public const string MissingGlyphInPicture = "KB1203";
    public const string UndrawableTemplateArt = "KB1204";
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
    // KB1013-KB1019: text on a speaker's template (its styles, placeholders and fonts).
    public const string TemplateWithoutTextStyles = "KB1013";
    public const string TemplateSharedIndex = "KB1014";
    public const string TemplateFontNotMeasured = "KB1015";
    public const string TemplateLayoutWithoutTemplate = "KB1020";

    /// <summary>Code, one-line title, and how to fix it, for the documentation.</summary>
    public static IReadOnlyList<(string Code, string Title, string Fix)> Catalogue { get; } =
    [
        (YamlSyntax, "YAML syntax error", "Fix the YAML at the position shown: a missing colon, an unclosed quote or bracket, or a bad indent."),
        (TabIndentation, "Tab used for indentation", "YAML indents with spaces only; replace the tab with spaces. A tab inside a `|` or `>` block, after the block's own indentation, is text and is kept (code and notes may hold tabs)."),
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
        (UnknownLayout, "Unknown layout", "Use one of title, section, statement, content, or, in a deck with `template:`, any layout of the template's chosen master by its name in PowerPoint (`keynote template FILE` lists them)."),
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
        (NotAnImage, "Not a picture", "Images must be real PNG, JPEG, GIF or SVG files."),
        (ReferencedFileTooLarge, "Referenced file too large", "Images and CSV files are capped in size; shrink the file."),
        (CsvSyntax, "CSV does not parse", "Fix the CSV at the line and column shown: a quote that is never closed, or a quote inside an unquoted field (double it, or quote the whole field)."),
        (BadFilePath, "Path holds a character no file name can", "Remove the control character (often a NUL, `\\0`, from a copy and paste) from the path."),
        (NotARegularFile, "Not a regular file", "Images and CSV files must be ordinary files, not a named pipe (FIFO), a device or a socket: copy the data into a file."),
        (UnresolvableLink, "Symbolic link cannot be followed", "The link leads back to itself or through too many links; point it at a real file."),
        (DamagedImage, "Damaged image", "The file is cut short or its data does not decode; export or download the image again."),
        (BadImageSize, "Impossible image size", "The header declares a width or height of 0 or more pixels than any real image has; export the image again."),
        (RefusedImageFormat, "Picture format slides cannot take", "WebP, BMP, TIFF, HEIC/HEIF, AVIF, ICO, PDF, EPS, PSD, JPEG XL, JPEG 2000 and compressed SVG are told by their content, whatever the extension, and refused: not every slide client shows them. Convert the file as the message says (e.g. `magick photo.heic photo.jpg`)."),
        (BrokenSvg, "SVG cannot be read", "The SVG is not well-formed XML, has no `<svg>` root, uses an entity from its DOCTYPE (never expanded), a `<use>` that draws itself, or has no size (give the `<svg>` element a width and height or a viewBox). Export it again."),
        (SvgOutsideReference, "SVG refers to something outside it", "An SVG's images, fonts and styles are never fetched from a file or the network: the SVG embedded in the slide must stand alone. Embed them (a data: URI) or export the SVG with its images embedded."),
        (SvgTooComplex, "SVG too large or complex", "An SVG is capped at 5 MB, 100,000 elements, 256 levels of nesting and 1,000,000 elements drawn once its `<use>` references are expanded. Simplify it, or export it as PNG."),
        (BadImageFit, "Unknown image fit", "`fit` is contain (the whole picture shows, the default) or cover (the picture fills its box and is cropped, never stretched)."),
        (MissingAltText, "Picture without alt text", "A warning: a picture with neither `alt` nor `caption` says nothing to someone who cannot see it. Add `alt:` describing it, or `alt: \"\"` for a purely decorative picture."),
        (ImageKeyWithoutImage, "Picture key without a picture", "`alt`, `fit` and `keep-metadata` describe the slide's `image`; this slide has none."),
        (TextDoesNotFit, "Text does not fit", "The text overflows its box even at the smallest size; shorten it or split the slide."),
        (TooManySlides, "Too many slides", "A deck has at most 2,000 slides, counting each copy a step makes: a long talk has about 100 and a day's course with every step a few hundred, and 2,000 still build in seconds. Use fewer steps or split the deck."),
        (TooMuchText, "Too much text", "The slides and their notes hold at most 16 MiB of text, counting each copy a step makes: four times the 4 MiB deck-file cap, and thousands of times a real talk's text. Shorten the text, use fewer steps or split the deck."),
        (PackageTooLarge, "Package too large", "The .pptx is capped at 512 MiB: room for 25 images at the 20 MB per-file cap beside the text and charts, ten times a photo-heavy talk. Checked before writing (images, text) and while writing (drawn charts). Use smaller images (a photo at screen size is about 1 MB), fewer charts, or split the deck."),
        (UnknownLanguage, "Unknown code language", "Use one of the languages the message lists (the names of VS Code's grammars, such as c, python, bash, yaml), or leave `language` out for plain text."),
        (CodeTextAndFile, "Code from both text and a file", "A `code:` body takes its lines from `text:` or from `file:`; remove one."),
        (CodeNotText, "Code file is not UTF-8 text", "A code file must be text saved as UTF-8; convert it, or show a binary file some other way."),
        (BadLineRange, "Bad line range", "Write `lines` as one line number or a range \"10-24\", first line before last, counting from 1."),
        (LinesOutsideCode, "Line range outside the code", "The range asks for lines the file or text does not have; the message says how many lines there are."),
        (BadHighlight, "Bad highlighted line", "`highlight` lists line numbers or ranges (\"3-5\") of lines the slide shows, numbered as in the file (or the text)."),
        (TooManyCodeLines, "Too many code lines for a slide", "A code slide shows at most 60 lines: at the smallest code size (12 pt) a 540 pt slide holds about 25, so more is a scrolling listing, not a slide. Pick the lines that matter with `lines: \"10-30\"`."),
        (CodeLineTooLong, "Code line too long for the slide", "A warning: the line does not fit the slide's width even at the smallest code size, so it wraps onto the next line. Shorten it or break it where the language allows."),
        (RevealWithoutBullets, "Reveal on a slide without bullets", "`reveal: true` shows a slide's bullets one at a time; it needs a `bullets:` body. Remove it, or make the body bullets."),
        (ColumnCount, "Too few or too many columns", "`columns` holds two or three columns: one is just the body (write it on the slide), and past three each is too narrow to read. Add a column, or split them across slides."),
        (ColumnWithoutBody, "Column without a body", "Each column holds one body: bullets, text, table, chart, image or any other body kind, written as on a slide. Add one under the column's `-`, indented like its `heading`."),
        (ColumnBodies, "Column with two bodies", "A column holds one body; give the second one a column of its own, or a slide of its own."),
        (BodyBesideColumns, "Body beside columns", "A slide has either one body or `columns`; move the body into a column, or remove `columns`."),
        (BadFontFile, "Not a usable font file", "`theme.fonts` lists TrueType or OpenType files (.ttf, .otf, or a .ttc collection, whose first face is used), relative to the deck. The message says what is wrong: a web font (WOFF: convert it to .ttf or .otf), a file cut short, or no character map. Get the font file again from its source."),
        (MissingGlyph, "No font has a character", "A warning: chart or slide text has a character that neither the bundled font nor any `theme.fonts` file has, so it would draw as an empty box, and slide text is fitted with a guessed width for it. The message names the first missing character of each script in the text (up to four), so one build tells every font to add. Add a font file that has it to `theme.fonts` (Noto fonts cover every script), or change the text."),
        (SvgTextWithoutGlyph, "SVG text the previews cannot draw", "A warning: an SVG's own text has a character the bundled font lacks. PowerPoint draws the SVG with its fonts, but the PNG embedded for clients without SVG support and keynote's PDF and PNGs draw SVG text with the bundled font only (never the machine's, so every build is the same), so the character shows as an empty box there. Convert the SVG's text to paths (in Inkscape: Path > Object to Path) or export the drawing as PNG."),
        (UndrawableShape, "A shape the renderer cannot draw", "A warning: the PDF and PNGs leave out a kind of shape the slide renderer does not know yet (the message names it); the .pptx has it. Report it, with the deck."),
        (UndrawablePicture, "A picture the renderer cannot decode", "A warning: the PDF and PNGs leave out a picture whose data the slide renderer cannot decode (the message names it); the .pptx has it. Convert the image to PNG or JPEG."),
        (MissingGlyphInPicture, "Slide text no font can draw", "A warning: a character of slide text is in neither the bundled fonts nor the deck's `theme.fonts`, so the PDF and PNGs would draw an empty box there (the message names the first missing character of each script and the text, once per text: a slide's step copies are counted, not repeated; PowerPoint picks its own fonts for the .pptx). Add a font file that has it to `theme.fonts`."),
        (UndrawableTemplateArt, "Template art the renderer cannot draw", "A warning: the speaker's template puts something on its master or layout that the slide renderer does not draw (a group, a chart, a shape's text, an EMF picture...; the message names it), so the PDF and PNGs leave it out; the .pptx has it. Check the PDF, or export that template's decoration as a picture."),
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
        (TemplateWithoutTextStyles, "Template has no text styles", "A warning: the template's slide master has no text styles (`p:txStyles`; LibreOffice writes none), so PowerPoint would show slide text in its own defaults. Each slide's text then carries the template's sizes, colours and bullets itself, and PowerPoint's Design tab will not restyle it. Open the template in PowerPoint and save it to give it text styles."),
        (TemplateSharedIndex, "Template layout's placeholders share an index", "A warning: two placeholders of a layout the deck uses have the same `idx`, so a slide cannot say which one its text fills. The text is placed at the layout's box with its look written out. Give each placeholder its own index (PowerPoint does when the layout is saved there)."),
        (TemplateFontNotMeasured, "Template font cannot be measured", "A warning: the template sets text in a typeface whose widths KeynoteBuilder does not carry (it measures Arial and its metric twins), so text is fitted with a safe estimate named in the message and may shrink a little more than it needs. Nothing to fix unless the estimate shrinks text too much; a template in Arial is measured exactly."),
        (TemplateLayoutWithoutTemplate, "Template layout without a template", "`layout:` names a layout that is not one of ours (title, section, statement, content), and the deck has no `template:` whose layouts it could be. Add `template: FILE.pptx` to use a template's layout by its name, or use one of ours."),
    ];
}
