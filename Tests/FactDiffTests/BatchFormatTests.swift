import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import FactDiff

/// The machine-readable outputs of `factdiff check`: SARIF, JUnit XML and
/// GitHub workflow commands, written from one batch outcome that has a
/// two-source conflict (the seeds), a three-source outlier, a baselined
/// conflict, an input problem, an uncompared article and hostile text.
@Suite struct BatchFormatTests {
    static let root = WorkingDirectory("/repo")

    /// Ids and paths with everything the formats must escape.
    static let hostileID = "wire \"A\" <b> & 100%: x, y\nz"
    static let hostilePath = "in box/100% \"odd\" <a&b>, c:d\nx.txt"

    static func g20() throws -> StoryAnalysis {
        Analyzer().analyze(
            Story(id: "g20", articles: [
                try makeArticle(id: "a", "Leaders meet", "", "The two leaders held their first face-to-face talks in Germany on Friday."),
                try makeArticle(id: "b", "Summit", "", "The two leaders held face-to-face talks for the first time on Saturday."),
                try makeArticle(id: "c", "G20", "", "On Saturday the two leaders held face-to-face talks for the first time."),
            ]))
    }

    static func accepted() throws -> StoryAnalysis {
        Analyzer().analyze(
            Story(id: "accepted", articles: [
                try makeArticle(id: "courier", "Vault burglary", "", "Three men broke into the vault of the bank on Thursday night."),
                try makeArticle(id: "herald", "Vault raid", "", "Three men broke into the bank vault on Saturday night."),
            ]))
    }

    static func hostile() throws -> StoryAnalysis {
        var first = try makeArticle(
            id: hostileID, "Leaders <meet> & \"talk\"", "",
            "The two leaders held their first face-to-face talks in Germany on Friday, 100% sure: a, b <&> \"q\".")
        first.path = hostilePath
        let second = try makeArticle(id: "plain", "Summit", "", "The two leaders held face-to-face talks for the first time on Saturday.")
        return Analyzer().analyze(Story(id: "odd: <story>, 50%", articles: [first, second]))
    }

    static let problem = InputError(path: "feeds/broken, 1%: \"x\".jsonl", reason: .badJSONLine(line: 3, "not valid JSON"))

    static func outcome() throws -> BatchOutcome {
        let accepted = try accepted()
        let fingerprint = try #require(accepted.conflicts.first?.fingerprint)
        let lonely = try makeArticle(id: "lonely", "Nothing else", "", "A story no other outlet covers.")
        return BatchOutcome(
            stories: [accepted, try g20(), try hostile(), try ReportTests.seedAnalysis()].sorted { $0.story.id < $1.story.id },
            baselined: [fingerprint], uncompared: [lonely], problems: [problem])
    }

    @Test func theFixtureHasWhatTheTestsNeed() throws {
        let outcome = try Self.outcome()
        #expect(outcome.stories.allSatisfy { !$0.conflicts.isEmpty })
        #expect(outcome.newConflicts.count == 3)
        #expect(outcome.newConflicts.map(\.story.story.id) == ["g20", "odd: <story>, 50%", "seeds"])
        #expect(try Self.g20().conflicts.first?.claims.count == 3)
        #expect(outcome.newConflicts.contains { $0.conflict.message.contains("\n") && $0.conflict.message.contains("%") })
    }

    // MARK: SARIF

    @Test func sarifHasWhatCodeScanningRequires() throws {
        let outcome = try Self.outcome()
        let sarif = try SARIFReport.render(outcome, toolVersion: "1.2.3", workingDirectory: Self.root)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        #expect(log["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        #expect(log["version"] as? String == "2.1.0")
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let run = runs[0]
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "factdiff")
        #expect(driver["version"] as? String == "1.2.3")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let ids = rules.compactMap { $0["id"] as? String }
        #expect(Set(ids) == ["date", "time", "number", "person", "role", "place", "polarity", "quote", "attribution", "ordinal"])
        for rule in rules {
            for key in ["shortDescription", "fullDescription", "help"] {
                #expect(((rule[key] as? [String: Any])?["text"] as? String)?.isEmpty == false, "\(key) of \(rule["id"] ?? "?")")
            }
            #expect((rule["name"] as? String)?.isEmpty == false)
            #expect((rule["defaultConfiguration"] as? [String: Any])?["level"] as? String == "error")
        }

        let results = try #require(run["results"] as? [[String: Any]])
        // The baselined conflict is left out.
        #expect(results.count == 3)
        #expect(!sarif.contains("courier"))
        for result in results {
            let ruleId = try #require(result["ruleId"] as? String)
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(ids[index] == ruleId)
            #expect(["error", "warning"].contains(result["level"] as? String))
            #expect(((result["message"] as? [String: Any])?["text"] as? String)?.isEmpty == false)
            let fingerprints = try #require(result["partialFingerprints"] as? [String: String])
            #expect(fingerprints["factdiffFingerprint/v1"]?.count == 16)
            let physical = try #require(((result["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])
            let artifact = try #require(physical["artifactLocation"] as? [String: Any])
            #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
            let uri = try #require(artifact["uri"] as? String)
            #expect(!uri.hasPrefix("/") && !uri.contains(" ") && !uri.contains("\\"))
            #expect(URL(string: uri) != nil)
            let region = try #require(physical["region"] as? [String: Any])
            let start = try #require(region["startColumn"] as? Int)
            #expect(try #require(region["endColumn"] as? Int) > start)
            #expect(region["startLine"] as? Int ?? 0 >= 1)
        }

        let seeds = try #require(results.first { ($0["properties"] as? [String: Any])?["story"] as? String == "seeds" })
        let seedLocation = try #require(((seeds["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])
        #expect((seedLocation["artifactLocation"] as? [String: Any])?["uri"] as? String == "seeds/bbc.txt")
        #expect(seedLocation["region"] as? [String: Int] == ["startLine": 6, "startColumn": 104, "endColumn": 110])
        let related = try #require(seeds["relatedLocations"] as? [[String: Any]])
        #expect(related.count == 1)
        #expect((related[0]["message"] as? [String: Any])?["text"] as? String == "independent says Saturday")
        #expect(related[0]["id"] as? Int == 1)
        let relatedPhysical = try #require(related[0]["physicalLocation"] as? [String: Any])
        #expect((relatedPhysical["artifactLocation"] as? [String: Any])?["uri"] as? String == "seeds/independent.txt")
        #expect(relatedPhysical["region"] as? [String: Int] == ["startLine": 5, "startColumn": 116, "endColumn": 124])

        // Three sources: the outlier first, the two that agree related.
        let g20 = try #require(results.first { ($0["properties"] as? [String: Any])?["story"] as? String == "g20" })
        let g20Related = try #require(g20["relatedLocations"] as? [[String: Any]])
        #expect(g20Related.count == 2)
        #expect(g20Related.compactMap { ($0["message"] as? [String: Any])?["text"] as? String } == ["b says Saturday", "c says Saturday"])
        #expect((g20["properties"] as? [String: Any])?["outlier"] as? String == "a")
        // "On Saturday the": the region ends right after "Saturday".
        let c = try #require(g20Related[1]["physicalLocation"] as? [String: Any])
        #expect(c["region"] as? [String: Int] == ["startLine": 3, "startColumn": 4, "endColumn": 12])
    }

    @Test func sarifEscapesHostileTextAndEncodesPaths() throws {
        let outcome = try Self.outcome()
        let sarif = try SARIFReport.render(outcome, toolVersion: "1", workingDirectory: Self.root)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        let hostile = try #require(results.first { ($0["properties"] as? [String: Any])?["story"] as? String == "odd: <story>, 50%" })
        let message = try #require((hostile["message"] as? [String: Any])?["text"] as? String)
        #expect(message.hasPrefix(Self.hostileID + " says Friday"))
        let artifact = try #require(
            (((hostile["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])
        let uri = try #require(artifact["uri"] as? String)
        #expect(uri == "in%20box/100%25%20%22odd%22%20%3Ca&b%3E,%20c%3Ad%0Ax.txt")
        #expect(uri.removingPercentEncoding == Self.hostilePath)
        // The input problem is a tool notification, with the file it names.
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == true)
        let notification = try #require((invocation["toolExecutionNotifications"] as? [[String: Any]])?.first)
        #expect((notification["message"] as? [String: Any])?["text"] as? String == Self.problem.description)
        let problemLocation = try #require(((notification["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])
        #expect((problemLocation["artifactLocation"] as? [String: Any])?["uri"] as? String == "feeds/broken,%201%25%3A%20%22x%22.jsonl")
        #expect((problemLocation["region"] as? [String: Int]) == ["startLine": 3])
    }

    @Test func sarifPathsAreRelativeInsideTheWorkingDirectoryOnly() throws {
        var seeds = try ReportTests.seedAnalysis()
        seeds.story.articles[0].path = "/repo/./seeds/../seeds/bbc.txt"
        seeds.story.articles[1].path = "/elsewhere/independent.txt"
        let sarif = try SARIFReport.render(BatchOutcome(stories: [seeds]), toolVersion: "1", workingDirectory: Self.root)
        #expect(sarif.contains("\"uri\" : \"seeds/bbc.txt\""))
        #expect(sarif.contains("\"uri\" : \"file:///elsewhere/independent.txt\""))
        #expect(!sarif.contains("/repo"))
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let result = try #require(((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])?.first)
        let related = try #require((result["relatedLocations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((related["artifactLocation"] as? [String: Any])?["uriBaseId"] == nil)
    }

    @Test func workingDirectoryPaths() {
        let root = WorkingDirectory("/repo/")
        #expect(root.relative("a/b.txt") == "a/b.txt")
        #expect(root.relative("./a/../b.txt") == "b.txt")
        #expect(root.relative("/repo/x/y.txt") == "x/y.txt")
        #expect(root.relative("/repository/y.txt") == nil)
        #expect(root.relative("../other/y.txt") == nil)
        #expect(root.display("../other/y.txt") == "/other/y.txt")
        #expect(WorkingDirectory.percentEncoded("a b/ü:%.txt") == "a%20b/%C3%BC%3A%25.txt")
    }

    @Test func sarifWithoutConflictsIsStillValid() throws {
        let sarif = try SARIFReport.render(BatchOutcome(stories: []), toolVersion: "1", workingDirectory: Self.root)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect((run["results"] as? [Any])?.isEmpty == true)
        #expect(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [Any] != nil)
    }

    // MARK: JUnit

    /// What a conforming XML parser reads: elements with their attributes and
    /// the text directly inside each.
    final class XMLReader: NSObject, XMLParserDelegate {
        struct Element {
            var name: String
            var attributes: [String: String]
            var text = ""
            var parent: Int?
        }

        var elements: [Element] = []
        private var stack: [Int] = []

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            elements.append(Element(name: name, attributes: attributes, parent: stack.last))
            stack.append(elements.count - 1)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let last = stack.last { elements[last].text += string }
        }

        static func read(_ xml: String) -> XMLReader? {
            let parser = XMLParser(data: Data(xml.utf8))
            let reader = XMLReader()
            parser.delegate = reader
            return parser.parse() ? reader : nil
        }

        func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

        func children(of index: Int, named name: String) -> [Element] {
            elements.filter { $0.parent == index && $0.name == name }
        }
    }

    @Test func junitIsWellFormedWithOneTestCasePerStory() throws {
        let outcome = try Self.outcome()
        let xml = try JUnitReport.render(outcome, workingDirectory: Self.root)
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites "))
        let reader = try #require(XMLReader.read(xml))
        let suites = try #require(reader.all("testsuites").first)
        // 4 stories, 1 problem, 1 uncompared article.
        #expect(suites.attributes["name"] == "factdiff")
        #expect(suites.attributes["tests"] == "6")
        #expect(suites.attributes["failures"] == "3")
        #expect(suites.attributes["errors"] == "1")
        let suite = try #require(reader.all("testsuite").first)
        #expect(reader.all("testsuite").count == 1)
        #expect(suite.attributes["name"] == "factdiff")
        #expect(suite.attributes["skipped"] == "1")
        #expect(suite.attributes["tests"] == "6")

        let cases = reader.all("testcase")
        #expect(cases.map { $0.attributes["name"] ?? "" } == [
            "accepted", "g20", "odd: <story>, 50%", "seeds", "feeds/broken, 1%: \"x\".jsonl", "lonely.txt",
        ])
        #expect(cases.map { $0.attributes["classname"] ?? "" } == [
            "factdiff", "factdiff", "factdiff", "factdiff", "factdiff.input", "factdiff.uncompared",
        ])
        let caseIndex = { (name: String) in reader.elements.firstIndex { $0.name == "testcase" && $0.attributes["name"] == name }! }
        // The baselined conflict passes.
        #expect(reader.children(of: caseIndex("accepted"), named: "failure").isEmpty)
        let seeds = reader.children(of: caseIndex("seeds"), named: "failure")
        #expect(seeds.count == 1)
        #expect(seeds[0].attributes["type"] == "date")
        #expect(seeds[0].attributes["message"]?.hasPrefix("bbc says Friday, independent says Saturday") == true)
        #expect(seeds[0].text.contains("seeds/bbc.txt:6:104: bbc says Friday\n    It comes after Mr Trump's first"))
        #expect(seeds[0].text.contains("seeds/independent.txt:5:116: independent says Saturday"))
        let g20 = reader.children(of: caseIndex("g20"), named: "failure")
        #expect(g20.count == 1)
        // The message line, then the outlier and the two that agree, each with its sentence.
        let g20Lines = g20[0].text.split(separator: "\n").map(String.init)
        #expect(g20Lines.count == 8)
        #expect(g20Lines.first == "error: [date] a says Friday; b and c say Saturday")
        #expect(g20Lines.filter { $0.hasSuffix(" says Saturday") }.map { $0.prefix(7) } == ["b.txt:3", "c.txt:3"])

        let error = try #require(reader.children(of: caseIndex("feeds/broken, 1%: \"x\".jsonl"), named: "error").first)
        #expect(error.attributes["message"] == Self.problem.description)
        #expect(error.attributes["type"] == "input")
        #expect(reader.children(of: caseIndex("lonely.txt"), named: "skipped").count == 1)
    }

    @Test func junitEscapesHostileText() throws {
        let xml = try JUnitReport.render(try Self.outcome(), workingDirectory: Self.root)
        let reader = try #require(XMLReader.read(xml))
        let index = try #require(reader.elements.firstIndex { $0.attributes["name"] == "odd: <story>, 50%" })
        let failure = try #require(reader.children(of: index, named: "failure").first)
        let message = try #require(failure.attributes["message"])
        // The newline of the id survives as a character reference.
        #expect(message.hasPrefix(Self.hostileID + " says Friday"))
        #expect(failure.text.contains("100% sure: a, b <&> \"q\""))
        #expect(failure.text.contains("in box/100% \"odd\" <a&b>, c:d\nx.txt:3:"))
        #expect(!xml.contains("<b>") && !xml.contains("<&>") && !xml.contains("<story>"))
    }

    // MARK: GitHub

    @Test func githubAnnotationsAreOrderedAndEscaped() throws {
        let text = GitHubAnnotations.render(try Self.outcome(), limit: 50, workingDirectory: Self.root)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.last == "")
        #expect(lines.count == 5)  // problem, 3 conflicts, final newline
        #expect(lines[0] == "::error file=feeds/broken%2C 1%25%3A \"x\".jsonl,line=3,title=factdiff%3A input error::feeds/broken, 1%25: \"x\".jsonl:3: not valid JSON")
        #expect(lines[1].hasPrefix("::error file=a.txt,line=3,col="))
        #expect(lines[1].contains(",title=factdiff%3A date conflict in g20::a says Friday; b and c say Saturday%0Ab says Saturday (b.txt:3:"))
        #expect(lines[2].hasPrefix("::error file=in box/100%25 \"odd\" <a&b>%2C c%3Ad%0Ax.txt,line=3,col="))
        #expect(lines[2].contains("title=factdiff%3A date conflict in odd%3A <story>%2C 50%25::wire \"A\" <b> & 100%25: x, y%0Az says Friday"))
        #expect(lines[3] == "::error file=seeds/bbc.txt,line=6,col=104,endColumn=110,title=factdiff%3A date conflict in seeds::bbc says Friday, independent says Saturday for \"face-to-face talks\"%0Aindependent says Saturday (seeds/independent.txt:5:116)")
        #expect(!text.contains("courier"))
        for line in lines.dropLast() {
            #expect(!line.contains("\r"))
        }
    }

    @Test func githubWarningsComeAfterErrorsAndTheLimitIsNoticed() throws {
        var outcome = try Self.outcome()
        // Soften one story's conflicts to warnings.
        let index = try #require(outcome.stories.firstIndex { $0.story.id == "g20" })
        outcome.stories[index].conflicts = outcome.stories[index].conflicts.map { var c = $0; c.severity = .warning; return c }
        let text = GitHubAnnotations.render(outcome, limit: 50, workingDirectory: Self.root)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.map { $0.prefix(while: { $0 != " " }) } == ["::error", "::error", "::error", "::warning"])
        #expect(lines[3].hasPrefix("::warning file=a.txt,"))

        let capped = GitHubAnnotations.render(outcome, limit: 2, workingDirectory: Self.root).split(separator: "\n").map(String.init)
        #expect(capped.count == 3)
        #expect(capped[0].hasPrefix("::error file=feeds/"))
        #expect(capped[1].hasPrefix("::error file=in box/"))
        #expect(capped[2] == "::notice::2 more annotations left out (limit 2); run factdiff check with --format text for all of them")
        #expect(GitHubAnnotations.render(outcome, limit: 0, workingDirectory: Self.root).hasPrefix("::notice::4 more"))
    }

    @Test func escapingFollowsTheActionsToolkit() {
        #expect(GitHubAnnotations.escapeData("50%\r\n: a,b") == "50%25%0D%0A: a,b")
        #expect(GitHubAnnotations.escapeProperty("50%\r\n: a,b") == "50%25%0D%0A%3A a%2Cb")
        #expect(GitHubAnnotations.escapeData("%0A") == "%250A")
    }

    @Test func stepSummaryTablesTheStoriesWithConflicts() throws {
        let summary = GitHubAnnotations.stepSummary(try Self.outcome())
        #expect(summary.hasPrefix("## FactDiff check\n\n**3 new conflicts** (3 errors, 0 warnings) in 4 stories of 10 articles.\n"))
        #expect(summary.contains("| Story | Errors | Warnings |\n| --- | ---: | ---: |\n| g20 | 1 | 0 |\n| odd: \\<story\\>, 50% | 1 | 0 |\n| seeds | 1 | 0 |\n"))
        #expect(!summary.contains("| accepted |"))
        #expect(summary.contains("- 1 conflict accepted by the baseline\n"))
        #expect(summary.contains("- 1 article no other source covers yet\n"))
        #expect(summary.contains("- 1 input could not be read\n"))
        #expect(summary.contains("- feeds/broken, 1%: \"x\".jsonl:3: not valid JSON\n"))
        #expect(GitHubAnnotations.stepSummary(BatchOutcome(stories: [])).contains("No new conflicts in 0 stories of 0 articles."))
        #expect(GitHubAnnotations.markdown("a|b\n`c` [d](e)") == "a\\|b \\`c\\` \\[d\\]\\(e\\)")
    }

    // MARK: All formats

    @Test func everyFormatIsDeterministic() throws {
        let first = try Self.outcome()
        let second = try Self.outcome()
        #expect(try SARIFReport.render(first, toolVersion: "1") == (try SARIFReport.render(second, toolVersion: "1")))
        #expect(try JUnitReport.render(first) == (try JUnitReport.render(second)))
        #expect(GitHubAnnotations.render(first) == GitHubAnnotations.render(second))
        #expect(GitHubAnnotations.stepSummary(first) == GitHubAnnotations.stepSummary(second))
        // Baselined is a set; its order must not leak into any output.
        var reordered = second
        reordered.baselined = Set(reordered.baselined.reversed())
        #expect(try SARIFReport.render(first, toolVersion: "1") == (try SARIFReport.render(reordered, toolVersion: "1")))
    }

    @Test func aCheckedBatchFromDiskInEveryFormat() async throws {
        let batch = Paths.fixtures.appendingPathComponent("batch")
        let input = BatchInput.read(paths: [batch.appendingPathComponent("stories").path, batch.appendingPathComponent("articles.jsonl").path])
        let outcome = await BatchChecker().check(input)
        #expect(!outcome.newConflicts.isEmpty && !outcome.problems.isEmpty)
        let root = WorkingDirectory(Paths.package.path)

        let sarif = try SARIFReport.render(outcome, toolVersion: "1", workingDirectory: root)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == outcome.newConflicts.count)
        let uris = results.compactMap {
            ((($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])?["uri"] as? String
        }
        #expect(uris.count == results.count)
        #expect(uris.allSatisfy { $0.hasPrefix("Tests/FactDiffTests/Fixtures/batch/") })

        let xml = try JUnitReport.render(outcome, workingDirectory: root)
        let reader = try #require(XMLReader.read(xml))
        #expect(reader.all("failure").count == outcome.newConflicts.count)
        #expect(reader.all("error").count == outcome.problems.count)

        let annotations = GitHubAnnotations.render(outcome, limit: 50, workingDirectory: root).split(separator: "\n")
        #expect(annotations.count == outcome.newConflicts.count + outcome.problems.count)
        #expect(annotations.allSatisfy { $0.hasPrefix("::error file=Tests/FactDiffTests/Fixtures/batch/") || $0.hasPrefix("::warning file=Tests/") })
    }

    @Test func publicEntryPointsUseTheWorkingDirectory() throws {
        var seeds = try ReportTests.seedAnalysis()
        let cwd = FileManager.default.currentDirectoryPath
        seeds.story.articles[0].path = cwd + "/seeds/bbc.txt"
        let outcome = BatchOutcome(stories: [seeds])
        #expect(try SARIFReport.render(outcome, toolVersion: "1").contains("\"uri\" : \"seeds/bbc.txt\""))
        #expect(GitHubAnnotations.render(outcome).hasPrefix("::error file=seeds/bbc.txt,line=6,col=104,endColumn=110,"))
        #expect(try JUnitReport.render(outcome).contains("\nseeds/bbc.txt:6:104: bbc says Friday"))
    }
}
