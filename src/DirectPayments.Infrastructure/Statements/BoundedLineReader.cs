namespace DirectPayments.Infrastructure.Statements;

/// <summary>
/// Reads a text file line by line without ever holding more than <see cref="MaxLength"/> characters of one line: a
/// line longer than that is skipped to its end and reported as too long, so a file of one enormous line (a wrong file,
/// or an attack) costs no more memory than a good one.
/// </summary>
public sealed class BoundedLineReader(TextReader reader, int maxLength)
{
    private readonly char[] _buffer = new char[8192];
    private readonly System.Text.StringBuilder _line = new();
    private int _position;
    private int _filled;

    public int MaxLength => maxLength;

    /// <summary>The next line (without its line ending), whether it was too long to keep (then Text is empty), or end of file.</summary>
    public async ValueTask<(string? Text, bool TooLong)> ReadLineAsync(CancellationToken cancellationToken = default)
    {
        _line.Clear();
        var tooLong = false;
        var readAny = false;
        while (true)
        {
            if (_position == _filled)
            {
                _filled = await reader.ReadAsync(_buffer.AsMemory(), cancellationToken);
                _position = 0;
                if (_filled == 0)
                {
                    return readAny ? (tooLong ? string.Empty : _line.ToString(), tooLong) : (null, false);
                }
            }

            readAny = true;
            var c = _buffer[_position++];
            if (c == '\n')
            {
                return (tooLong ? string.Empty : _line.ToString(), tooLong);
            }

            if (c == '\r')
            {
                // "\r\n" is one line ending.
                if (_position == _filled)
                {
                    _filled = await reader.ReadAsync(_buffer.AsMemory(), cancellationToken);
                    _position = 0;
                }

                if (_position < _filled && _buffer[_position] == '\n')
                {
                    _position++;
                }

                return (tooLong ? string.Empty : _line.ToString(), tooLong);
            }

            if (tooLong)
            {
                continue;
            }

            if (_line.Length == maxLength)
            {
                tooLong = true;
                _line.Clear();
                continue;
            }

            _line.Append(c);
        }
    }
}
