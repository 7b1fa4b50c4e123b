using KeynoteBuilder.Binding;
using KeynoteBuilder.Layout;
using KeynoteBuilder.Model;
using KeynoteBuilder.Syntax;

namespace KeynoteBuilder.Bodies;

/// <summary>
/// One kind of content-slide body (bullets, text, table, chart, image): how it is written in
/// YAML and how it is laid out. A new kind is one folder, one line in <see cref="BodyKinds"/> and one case.
/// </summary>
public interface IBodyKind
{
    /// <summary>The slide key that holds this body, e.g. "bullets".</summary>
    string Key { get; }

    /// <summary>Other slide keys this kind owns, e.g. an image's "caption".</summary>
    IReadOnlyList<string> SlideKeys { get; }

    /// <summary>The keys inside this body's own mapping (a chart's "type"), empty when the body is not a mapping.</summary>
    IReadOnlyList<string> BodyKeys { get; }

    SlideBody? Bind(YamlNode value, YamlMapping slide, BindContext context);

    /// <summary>The body record this kind binds to.</summary>
    Type BodyType { get; }

    void Layout(SlideBody body, Box area, LayoutContext context);
}

/// <summary>Typed base so each kind handles only its own body record.</summary>
public abstract class BodyKind<TBody> : IBodyKind
    where TBody : SlideBody
{
    public abstract string Key { get; }

    public virtual IReadOnlyList<string> SlideKeys => [];

    public virtual IReadOnlyList<string> BodyKeys => [];

    public Type BodyType => typeof(TBody);

    public abstract SlideBody? Bind(YamlNode value, YamlMapping slide, BindContext context);

    public void Layout(SlideBody body, Box area, LayoutContext context) => Layout((TBody)body, area, context);

    /// <summary>
    /// For a kind written as a mapping (a chart, a table, code): the body's mapping with its keys checked
    /// against <see cref="BodyKeys"/> (a misspelt key is an error with the closest key as a hint), or null
    /// when it is not a mapping (reported). <paramref name="what"/> names the body in messages ("a table").
    /// </summary>
    protected YamlMapping? BodyMapping(YamlNode value, BindContext context, string what)
    {
        if (context.Mapping(value, Key) is not { } mapping)
        {
            return null;
        }

        context.CheckKeys(mapping, BodyKeys, what);
        return mapping;
    }

    protected abstract void Layout(TBody body, Box area, LayoutContext context);
}
