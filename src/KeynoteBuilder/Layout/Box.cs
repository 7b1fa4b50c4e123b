namespace KeynoteBuilder.Layout;

/// <summary>A rectangle on the slide in points (1/72 in); the writer converts to EMUs.</summary>
public readonly record struct Box(double X, double Y, double Width, double Height)
{
    public double Bottom => Y + Height;

    public double Right => X + Width;

    public Box Inset(double dx, double dy) => new(X + dx, Y + dy, Width - (2 * dx), Height - (2 * dy));

    public Box WithTop(double top) => new(X, top, Width, Bottom - top);

    public Box WithHeight(double height) => this with { Height = height };
}
