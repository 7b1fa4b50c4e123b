using KeynoteBuilder.Charts;

namespace KeynoteBuilder.Tests.Charts;

public sealed class PaletteTests
{
    [Theory]
    [InlineData("CC0000", "FFFFFF")] // the default theme
    [InlineData("1F6FEB", "FFFFFF")]
    [InlineData("F2C14E", "1E1E1E")] // a dark theme with a light accent: the narrowest room
    public void Eight_series_stay_apart_in_grey_scale_and_from_the_background(string accent, string background)
    {
        var colours = Palette.For(accent, background, 8);
        Assert.Equal(Palette.Parse(accent), colours[0]);
        Assert.Equal(8, colours.Distinct().Count());
        var lightness = colours.Select(Palette.Lightness).Order().ToList();
        var closest = lightness.Zip(lightness.Skip(1), (a, b) => b - a).Min();
        Assert.True(closest >= 0.075, $"two series differ by only {closest:F3} in grey-scale lightness: {string.Join(", ", colours)}");
        var others = colours.Skip(1).Min(c => Math.Abs(Palette.Lightness(c) - Palette.Lightness(Palette.Parse(background))));
        Assert.True(others >= 0.15, $"a series is nearly as light as the background ({others:F3})");
    }
}
