using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace KeynoteBuilder.Syntax;

/// <summary>
/// Passes the scanner's tokens through to the parser and remembers the last token and the last
/// quoted text the parser reached: a syntax error right after a quoted text is usually a quote in
/// the wrong place, and the exception alone no longer says where that quote or that item was.
/// </summary>
internal sealed class TokenWatcher(IScanner inner) : IScanner
{
    /// <summary>The last token before any error token.</summary>
    public Token? LastToken { get; private set; }

    public Scalar? LastQuoted { get; private set; }

    public Scalar? LastPlain { get; private set; }

    public Mark CurrentPosition => inner.CurrentPosition;

    public Token? Current => inner.Current;

    public bool MoveNext() => Note(inner.MoveNext());

    public bool MoveNextWithoutConsuming() => Note(inner.MoveNextWithoutConsuming());

    public void ConsumeCurrent() => inner.ConsumeCurrent();

    private bool Note(bool moved)
    {
        // The scanner queues an Error token for the parser to throw on; the token before it is the one that tells where the failing text started.
        if (moved && inner.Current is not Error)
        {
            LastToken = inner.Current;
            if (inner.Current is Scalar { Style: ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted } quoted)
            {
                LastQuoted = quoted;
            }
            else if (inner.Current is Scalar { Style: ScalarStyle.Plain } plain)
            {
                LastPlain = plain;
            }
        }

        return moved;
    }
}
