import LibXML

/// The batch as JUnit XML, which nearly every CI system (GitLab, Jenkins,
/// Azure Pipelines, CircleCI, test-report actions) shows as a test summary.
///
/// Each story is a test case that fails with one `<failure>` per new
/// conflict (baselined ones are left out, as from the gate), typed by kind;
/// each unreadable input is a test case with an `<error>`; each article no
/// other source covers yet is a `<skipped/>` test case, so it is visible
/// without failing anything. Counts follow the usual reading: `failures`
/// counts failing test cases (stories), not conflicts; the number of new
/// conflicts is a property of the suite.
///
/// The document is built through libxml2 (``XMLSerializer``), which escapes
/// every text and attribute value, so article text and paths cannot break
/// the XML. No clock, no host name: the same batch gives the same bytes.
public enum JUnitReport {
    public static func render(_ outcome: BatchOutcome) throws -> String {
        try render(outcome, workingDirectory: WorkingDirectory())
    }

    static func render(_ outcome: BatchOutcome, workingDirectory paths: WorkingDirectory) throws -> String {
        let conflictsByStory = Dictionary(grouping: outcome.newConflicts, by: { $0.story.story.id })
        var cases: [HTMLNode] = []
        var failing = 0
        for story in outcome.stories {
            let conflicts = conflictsByStory[story.story.id]?.map(\.conflict) ?? []
            if !conflicts.isEmpty { failing += 1 }
            cases.append(
                element("testcase", [("classname", "factdiff"), ("name", story.story.id), ("time", "0")],
                    conflicts.map { failure($0, in: story, paths: paths) }))
        }
        for problem in outcome.problems {
            cases.append(
                element("testcase", [("classname", "factdiff.input"), ("name", paths.display(problem.path)), ("time", "0")], [
                    element("error", [("type", "input"), ("message", problem.description)], [.text(problem.description)])
                ]))
        }
        for article in outcome.uncompared {
            cases.append(
                element("testcase", [("classname", "factdiff.uncompared"), ("name", paths.display(article.path)), ("time", "0")], [
                    element("skipped", [("message", "\(article.id): no other article of the batch covers this story yet")])
                ]))
        }
        let new = outcome.newConflicts
        let errors = new.filter { $0.conflict.severity == .error }.count
        let properties = element("properties", [], [
            property("stories", outcome.stories.count),
            property("newConflicts", new.count),
            property("newErrors", errors),
            property("newWarnings", new.count - errors),
            property("baselined", outcome.baselined.count),
            property("ignored", outcome.ignored.count),
            property("uncompared", outcome.uncompared.count),
            property("problems", outcome.problems.count),
        ])
        let counts = [
            ("tests", String(cases.count)), ("failures", String(failing)), ("errors", String(outcome.problems.count)),
        ]
        let suite = element(
            "testsuite", [("name", "factdiff")] + counts + [("skipped", String(outcome.uncompared.count)), ("time", "0")],
            [properties] + cases)
        let root = HTMLElement(
            "testsuites", ([("name", "factdiff")] + counts + [("time", "0")]).map { HTMLAttribute($0.0, $0.1) },
            children: [suite])
        return try XMLSerializer.document(root)
    }

    /// One conflict: its kind as the type, its one-line message, and as text
    /// every claim where a compiler would point (`path:line:column`) with
    /// its sentence, then the fingerprint a baseline or ignore rule names.
    private static func failure(_ conflict: Conflict, in analysis: StoryAnalysis, paths: WorkingDirectory) -> HTMLNode {
        var lines = ["\(conflict.severity.rawValue): [\(conflict.kind)] \(conflict.message)"]
        for claim in conflict.claims {
            let article = analysis.articles[claim.sentence.article]
            let location = analysis.location(of: claim)
            lines.append("\(paths.display(article.path)):\(location.line):\(location.column): \(article.id) says \(claim.evidenceText)")
            lines.append("    " + analysis.sentence(claim.sentence).text)
        }
        lines.append("fingerprint: \(conflict.fingerprint)")
        return element(
            "failure", [("type", conflict.kind.rawValue), ("message", conflict.message)],
            [.text(lines.joined(separator: "\n"))])
    }

    private static func property(_ name: String, _ value: Int) -> HTMLNode {
        element("property", [("name", name), ("value", String(value))])
    }

    private static func element(_ name: String, _ attributes: [(String, String)], _ children: [HTMLNode] = []) -> HTMLNode {
        .element(HTMLElement(name, attributes.map { HTMLAttribute($0.0, $0.1) }, children: children))
    }
}
