import Foundation

/// Reads the input of `factdiff similarity`: one pair a line,
/// `sentence<TAB>sentence`, cleaned as article text is so that a pair scores
/// as it would inside a story.
public enum SentencePairReader {
    /// A blank line is kept as nil, so output lines stay in step with input
    /// lines.
    public static func read(path: String) throws(InputError) -> [(String, String)?] {
        let text = try ArticleReader.decode(ArticleReader.readData(path: path), path: path)
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        if lines.last?.isEmpty == true { lines.removeLast() }
        var pairs: [(String, String)?] = []
        pairs.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() {
            if line.allSatisfy(\.isWhitespace) {
                pairs.append(nil)
                continue
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2 else {
                throw InputError(path: path, reason: .notASentencePair(line: index + 1, fields: fields.count))
            }
            pairs.append((TextCleaner.clean(fields[0]).text, TextCleaner.clean(fields[1]).text))
        }
        return pairs
    }
}
