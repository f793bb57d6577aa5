/// Diagnostics as compilers and linters print them:
/// `path:line:col: error: [kind] message`, the sentence indented beneath,
/// then a `note:` for each other source, and one closing summary line.
public struct TextReport: Sendable {
    /// ANSI colour, for terminals only; the caller decides (TTY, NO_COLOR,
    /// FORCE_COLOR).
    public var colour: Bool

    public init(colour: Bool = false) {
        self.colour = colour
    }

    public func render(_ analyses: [StoryAnalysis]) -> String {
        var out = ""
        var errors = 0
        var warnings = 0
        var articles = 0
        var alignments = 0
        for analysis in analyses {
            articles += analysis.articles.count
            alignments += analysis.facts.count
            errors += analysis.count(.error)
            warnings += analysis.count(.warning)
            for conflict in analysis.conflicts {
                out += diagnostic(conflict, analysis)
            }
        }
        let total = errors + warnings
        let found = total == 0 ? "no conflicts" : "\(total) \(total == 1 ? "conflict" : "conflicts") (\(plural(errors, "error")), \(plural(warnings, "warning")))"
        out += "\(found) in \(plural(articles, "article")); \(plural(alignments, "aligned fact"))\n"
        return out
    }

    /// The batch as `factdiff check` prints it: the new conflicts (not the
    /// baselined), each unreadable input, then one summary line.
    public func render(_ outcome: BatchOutcome) -> String {
        var out = ""
        for problem in outcome.problems {
            out += "\(paint("error:", red)) [input] \(Self.printable(problem.description))\n"
        }
        for note in outcome.limitNotes {
            out += "\(paint("warning:", yellow)) [limit] \(Self.printable(note.description))\n"
        }
        for (story, conflict) in outcome.newConflicts {
            out += diagnostic(conflict, story)
        }
        for entry in outcome.goneFromBaseline {
            out += "\(paint("note:", cyan)) baseline entry \(Self.printable(entry.fingerprint)) (\(Self.printable(entry.story)), \(Self.printable(entry.kind))) matches no conflict any more; prune it\n"
        }
        let new = outcome.newConflicts
        let errors = new.filter { $0.conflict.severity == .error }.count
        let found = new.isEmpty ? "no new conflicts" : "\(plural(new.count, "new conflict")) (\(plural(errors, "error")), \(plural(new.count - errors, "warning")))"
        let articles = outcome.stories.reduce(0) { $0 + $1.articles.count } + outcome.uncompared.count
        var parts = ["\(found) in \(plural(outcome.stories.count, "story", "stories")) of \(plural(articles, "article"))"]
        if !outcome.baselined.isEmpty { parts.append("\(outcome.baselined.count) baselined") }
        if !outcome.ignored.isEmpty { parts.append("\(outcome.ignored.count) ignored by configuration") }
        if !outcome.uncompared.isEmpty { parts.append("\(plural(outcome.uncompared.count, "article")) no other source covers yet") }
        if !outcome.problems.isEmpty { parts.append("\(plural(outcome.problems.count, "input")) could not be read") }
        out += parts.joined(separator: "; ") + "\n"
        return out
    }

    private func diagnostic(_ conflict: Conflict, _ analysis: StoryAnalysis) -> String {
        var out = ""
        for (index, claim) in conflict.claims.enumerated() {
            let article = analysis.articles[claim.sentence.article]
            let location = analysis.location(of: claim)
            let position = paint("\(Self.printable(article.path)):\(location.line):\(location.column):", bold)
            if index == 0 {
                let label = conflict.severity == .error ? paint("error:", red) : paint("warning:", yellow)
                out += "\(position) \(label) [\(conflict.kind)] \(Self.printable(conflict.message))\n"
            } else {
                out += "\(position) \(paint("note:", cyan)) \(Self.printable(article.id)) says \(Self.printable(claim.evidenceText))\n"
            }
            out += "    " + highlighted(analysis.sentence(claim.sentence).text, claim.evidence) + "\n"
        }
        return out
    }

    private func highlighted(_ text: String, _ range: Range<Int>) -> String {
        guard colour else { return text }
        let bytes = Array(text.utf8)
        let clamped = range.clamped(to: 0..<bytes.count)
        return String(decoding: bytes[..<clamped.lowerBound], as: UTF8.self)
            + paint(String(decoding: bytes[clamped], as: UTF8.self), bold + underline)
            + String(decoding: bytes[clamped.upperBound...], as: UTF8.self)
    }

    private let red = "\u{1B}[31m"
    private let yellow = "\u{1B}[33m"
    private let cyan = "\u{1B}[36m"
    private let bold = "\u{1B}[1m"
    private let underline = "\u{1B}[4m"

    private func paint(_ text: String, _ code: String) -> String {
        colour ? "\(code)\(text)\u{1B}[0m" : text
    }

    /// File names and ids can hold any character; a newline or an escape
    /// code in one must not start a line of its own (a CI log would read
    /// "::error::" there as a command) or recolour the terminal.
    public static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? "\u{FFFD}" : $0 }))
    }

    private func plural(_ count: Int, _ noun: String, _ plural: String? = nil) -> String {
        "\(count) \(count == 1 ? noun : plural ?? noun + "s")"
    }
}
