using KeynoteBuilder.Charts;

namespace KeynoteBuilder.Tests;

public class SmokeTests
{
    [Fact]
    public void Bundled_font_measures_text()
    {
        var measurer = new TextMeasurer();
        Assert.InRange(measurer.Width("Hello", 20), 40, 60);
        Assert.True(measurer.Width("Hello", 20, bold: true) > measurer.Width("Hello", 20));
    }
}
