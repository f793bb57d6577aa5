/// The batch as GitHub Actions workflow commands, which the runner turns
/// into annotations on the files of a pull request, and as Markdown for the
/// job's step summary.
///
/// One annotation per new conflict (baselined ones are left out, as from the
/// gate), at its first claim, with the other claims in the message; one per
/// unreadable input. GitHub shows only so many annotations per step, so they
/// are ordered errors first, then by story, path and line, and cut at a
/// limit with a closing notice saying how many were left out. Values are
/// escaped exactly as `@actions/core` escapes them, so article text cannot
/// end a command early or start a new one.
public enum GitHubAnnotations {
    public static func render(_ outcome: BatchOutcome, limit: Int = 50) -> String {
        render(outcome, limit: limit, workingDirectory: WorkingDirectory())
    }

    static func render(_ outcome: BatchOutcome, limit: Int, workingDirectory paths: WorkingDirectory) -> String {
        let all = annotations(outcome, paths: paths)
        let shown = all.prefix(max(limit, 0))
        var out = shown.map(\.command).joined()
        let left = all.count - shown.count
        if left > 0 {
            out += "::notice::" + escapeData(
                "\(left) more \(left == 1 ? "annotation" : "annotations") left out (limit \(max(limit, 0))); run factdiff check with --format text for all of them") + "\n"
        }
        return out
    }

    struct Annotation {
        var severity: Severity
        var story: String
        var file: String
        var line: Int?
        var column: Int?
        var endColumn: Int?
        var title: String
        var message: String
        /// Breaks the last ties, so the order never depends on the input's.
        var tiebreak: String

        var command: String {
            var properties = [("file", file)]
            if let line { properties.append(("line", String(line))) }
            if let column { properties.append(("col", String(column))) }
            if let endColumn { properties.append(("endColumn", String(endColumn))) }
            properties.append(("title", title))
            let list = properties.map { "\($0.0)=\(GitHubAnnotations.escapeProperty($0.1))" }.joined(separator: ",")
            return "::\(severity == .error ? "error" : "warning") \(list)::\(GitHubAnnotations.escapeData(message))\n"
        }

        static func < (a: Annotation, b: Annotation) -> Bool {
            let rank = { (s: Severity) in s == .error ? 0 : 1 }
            return (rank(a.severity), a.story, a.file, a.line ?? 0, a.column ?? 0, a.tiebreak)
                < (rank(b.severity), b.story, b.file, b.line ?? 0, b.column ?? 0, b.tiebreak)
        }
    }

    static func annotations(_ outcome: BatchOutcome, paths: WorkingDirectory) -> [Annotation] {
        var annotations = outcome.problems.map { problem in
            Annotation(
                severity: .error, story: "", file: paths.display(problem.path), line: problem.reportedLine,
                title: "factdiff: input error", message: problem.description, tiebreak: problem.description)
        }
        for note in outcome.limitNotes {
            annotations.append(
                Annotation(
                    severity: .warning, story: "", file: paths.display(note.path), line: note.line,
                    title: "factdiff: limit", message: note.description, tiebreak: note.description))
        }
        for (analysis, conflict) in outcome.newConflicts {
            guard let first = conflict.claims.first else { continue }
            let region = analysis.region(of: first)
            var message = conflict.message
            for claim in conflict.claims.dropFirst() {
                let article = analysis.articles[claim.sentence.article]
                let location = analysis.location(of: claim)
                message += "\n\(article.id) says \(claim.evidenceText) (\(paths.display(article.path)):\(location.line):\(location.column))"
            }
            annotations.append(
                Annotation(
                    severity: conflict.severity, story: analysis.story.id,
                    file: paths.display(analysis.articles[first.sentence.article].path),
                    line: region.line, column: region.column, endColumn: region.endColumn,
                    title: "factdiff: \(conflict.kind) conflict in \(analysis.story.id)", message: message,
                    tiebreak: conflict.fingerprint + conflict.message))
        }
        return annotations.sorted(by: <)
    }

    /// A command's message, as `escapeData` of `@actions/core`.
    static func escapeData(_ text: String) -> String {
        text.replacingAll(["%": "%25", "\r": "%0D", "\n": "%0A"])
    }

    /// A command's property value, as `escapeProperty` of `@actions/core`.
    static func escapeProperty(_ text: String) -> String {
        text.replacingAll(["%": "%25", "\r": "%0D", "\n": "%0A", ":": "%3A", ",": "%2C"])
    }

    /// Markdown for `$GITHUB_STEP_SUMMARY`: what the check found, a table of
    /// the stories with new conflicts, and what was left out of the check.
    public static func stepSummary(_ outcome: BatchOutcome) -> String {
        let new = outcome.newConflicts
        let errors = new.filter { $0.conflict.severity == .error }.count
        let articles = outcome.stories.reduce(0) { $0 + $1.articles.count } + outcome.uncompared.count
        var out = "## FactDiff check\n\n"
        let scope = "\(plural(outcome.stories.count, "story", "stories")) of \(plural(articles, "article"))"
        if new.isEmpty {
            out += "No new conflicts in \(scope).\n"
        } else {
            out += "**\(plural(new.count, "new conflict"))** (\(plural(errors, "error")), \(plural(new.count - errors, "warning"))) in \(scope).\n\n"
            out += "| Story | Errors | Warnings |\n| --- | ---: | ---: |\n"
            let byStory = Dictionary(grouping: new, by: { $0.story.story.id })
            for story in outcome.stories {
                guard let conflicts = byStory[story.story.id]?.map(\.conflict) else { continue }
                let storyErrors = conflicts.filter { $0.severity == .error }.count
                out += "| \(markdown(story.story.id)) | \(storyErrors) | \(conflicts.count - storyErrors) |\n"
            }
        }
        var notes: [String] = []
        if !outcome.baselined.isEmpty { notes.append("\(plural(outcome.baselined.count, "conflict")) accepted by the baseline") }
        if !outcome.ignored.isEmpty { notes.append("\(plural(outcome.ignored.count, "conflict")) ignored by configuration") }
        if !outcome.goneFromBaseline.isEmpty {
            notes.append("\(plural(outcome.goneFromBaseline.count, "baseline entry", "baseline entries")) matching no conflict any more")
        }
        if !outcome.uncompared.isEmpty { notes.append("\(plural(outcome.uncompared.count, "article")) no other source covers yet") }
        if !outcome.problems.isEmpty { notes.append("\(plural(outcome.problems.count, "input")) could not be read") }
        if !notes.isEmpty {
            out += "\n" + notes.map { "- \($0)\n" }.joined()
        }
        if !outcome.problems.isEmpty {
            out += "\n**Inputs that could not be read**\n\n"
            for problem in outcome.problems.prefix(problemListLimit) {
                out += "- \(markdown(problem.description))\n"
            }
            if outcome.problems.count > problemListLimit {
                out += "- and \(outcome.problems.count - problemListLimit) more\n"
            }
        }
        return out + "\n"
    }

    static let problemListLimit = 20

    /// Text shown literally in Markdown (and in a table cell): ASCII
    /// punctuation Markdown or HTML give a meaning is backslash-escaped, and
    /// line breaks become spaces, so a story id or a path cannot add a row,
    /// a link or a tag.
    static func markdown(_ text: String) -> String {
        var out = ""
        for character in text {
            if character == "\n" || character == "\r" || character == "\r\n" {
                out += " "
            } else {
                if "\\`*_{}[]<>()#!|~&".contains(character) { out += "\\" }
                out.append(character)
            }
        }
        return out
    }

    private static func plural(_ count: Int, _ noun: String, _ plural: String? = nil) -> String {
        "\(count) \(count == 1 ? noun : plural ?? noun + "s")"
    }
}

extension String {
    /// Replaces each character that is a key by its value, in one pass (so
    /// a replacement is never replaced again).
    fileprivate func replacingAll(_ table: [Character: String]) -> String {
        var out = ""
        for scalar in unicodeScalars {
            if let replacement = table[Character(scalar)] { out += replacement } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
