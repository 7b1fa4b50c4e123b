using KeynoteBuilder.Binding;
using KeynoteBuilder.Diagnostics;
using KeynoteBuilder.Tests.Support;

namespace KeynoteBuilder.Tests.Files;

/// <summary>How the files a deck names are read: once each, however many slides name them.</summary>
public sealed class DeckFilesTests
{
    [Fact]
    public void A_file_named_on_many_slides_is_read_and_held_once()
    {
        using var build = new TestBuild();
        build.Write("assets/logo.png", "not really a picture, only bytes");
        var files = new DeckFiles(build.Folder);
        var diagnostics = new DiagnosticBag();

        var first = files.ReadBytes("assets/logo.png", new SourcePosition("deck.yaml", 3, 12), diagnostics);
        var again = files.ReadBytes("./assets/logo.png", new SourcePosition("deck.yaml", 9, 12), diagnostics);

        Assert.False(diagnostics.HasErrors);
        Assert.NotNull(first);
        Assert.Same(first, again);
    }
}
