using KeynoteBuilder.Binding;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Model;
using KeynoteBuilder.Syntax;

namespace KeynoteBuilder.Bodies.Columns;

/// <summary>
/// <c>columns:</c> two or three bodies side by side, each a mapping written like a slide's body (its
/// kind's key and the slide keys that kind owns, such as an image's <c>caption</c>), with an optional
/// <c>heading</c>. Any registered kind can fill a column, so a kind added later works in columns too.
/// </summary>
public sealed class ColumnsKind : BodyKind<ColumnsBody>
{
    public const int MinColumns = 2;

    /// <summary>Three columns of a 16:9 slide are about 270 pt wide: room for a short list or a small chart; four would not be.</summary>
    public const int MaxColumns = 3;

    private const string HeadingKey = "heading";

    /// <summary>The keys a column may have, computed on first use: this kind is itself in <see cref="BodyKinds.All"/>.</summary>
    private static readonly Lazy<string[]> Keys = new(() =>
        [HeadingKey, .. Inner.Select(k => k.Key), .. Inner.SelectMany(k => k.SlideKeys)]);

    public override string Key => "columns";

    /// <summary>The kinds a column can hold: every registered kind but columns, which do not nest.</summary>
    private static IEnumerable<IBodyKind> Inner => BodyKinds.All.Where(k => k is not ColumnsKind);

    public override SlideBody? Bind(YamlNode value, YamlMapping slide, BindContext context)
    {
        if (context.Sequence(value, "columns") is not { } list)
        {
            return null;
        }

        var columns = list.Items.Select(item => BindColumn(item, context)).OfType<Column>().ToList();
        var count = list.Items.Count;
        if (count < MinColumns)
        {
            context.Diagnostics.Error(Codes.ColumnCount, value.Start,
                $"`columns` has {(count == 0 ? "no column" : "one column")}; a columns slide has two or three: add a column, or write the body on the slide without `columns`");
        }
        else if (count > MaxColumns)
        {
            context.Diagnostics.Error(Codes.ColumnCount, list.Items[MaxColumns].Start,
                $"`columns` has {count} columns; a slide has at most three side by side, or each is too narrow to read: split them across slides");
        }

        // The columns that bound, even after an error, so that steps still find the phrases they have.
        return columns.Count == 0 ? null : new ColumnsBody(value.Start, columns);
    }

    private static Column? BindColumn(YamlNode item, BindContext context)
    {
        if (context.Mapping(item, "a column") is not { } column)
        {
            return null;
        }

        var keys = Keys.Value;
        var (unindented, strays) = SlideBinder.UnindentedBodyKeys(column, keys, context);
        context.CheckKeys(column, keys, "a column", strays);
        var heading = column.Get(HeadingKey) is { } h ? context.Rich(h, HeadingKey) : null;
        SlideBinder.CheckCaption(column, "column", context);

        var present = column.Entries.Where(e => Inner.Any(k => k.Key == e.Key.Value)).ToList();
        if (present.Count == 0)
        {
            // An unknown key was most likely the body misspelt, and is reported already.
            if (column.Entries.All(e => keys.Contains(e.Key.Value)))
            {
                context.Diagnostics.Error(Codes.ColumnWithoutBody, item.Start,
                    $"this column has no body; give it one of {string.Join(", ", Inner.Select(k => k.Key))}");
            }

            return null;
        }

        if (present.Count > 1)
        {
            context.Diagnostics.Error(Codes.ColumnBodies, present[1].Key.Start,
                $"this column already has `{present[0].Key.Value}`; a column holds one body: move `{present[1].Key.Value}` into a column of its own");
        }

        var kind = Inner.First(k => k.Key == present[0].Key.Value);
        if (unindented is not null || kind.Bind(present[0].Value, column, context) is not { } body)
        {
            return null;
        }

        return new Column(item.Start, heading, body);
    }

    protected override void Layout(ColumnsBody body, Box area, LayoutContext context) => ColumnsLayout.Place(body, area, context);
}
