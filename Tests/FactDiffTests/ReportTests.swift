import Foundation
import Testing

@testable import FactDiff

@Suite struct ReportTests {
    /// The seeds as the README's command reads them: relative paths, story "seeds".
    static func seedAnalysis() throws -> StoryAnalysis {
        let articles = try ["bbc", "independent"].map { id in
            let data = try Data(contentsOf: Paths.package.appendingPathComponent("seeds/\(id).txt"))
            return try ArticleReader.parse(data: data, path: "seeds/\(id).txt", id: id)
        }
        return Analyzer().analyze(Story(id: "seeds", articles: articles))
    }

    @Test func committedSeedReportIsUpToDate() throws {
        let html = try HTMLReport.render(try Self.seedAnalysis())
        let url = Paths.package.appendingPathComponent("reports/seeds.html")
        if ProcessInfo.processInfo.environment["FACTDIFF_RECORD"] == "1" {
            try Data(html.utf8).write(to: url)
            Issue.record("Recorded reports/seeds.html; review the diff and run the tests again without FACTDIFF_RECORD.")
            return
        }
        let committed = try String(contentsOf: url, encoding: .utf8)
        #expect(committed == html, "reports/seeds.html is stale: rerun the README's seeds command (or FACTDIFF_RECORD=1 swift test)")
    }

    /// The story records are written by hand (``JSONText``); JSONEncoder,
    /// whose output they replace, is the reference, on strings every JSON
    /// escape touches and on doubles of every shape.
    @Test func jsonTextWritesWhatJSONEncoderWrites() throws {
        struct Item: Encodable {
            var d: Double
            var list: [String]
            var s: String
        }
        let strings = [
            "", "plain", "quote \" and \\ backslash", "a/b </script>", "tab\tnew\nline\r", "\u{0}\u{1}\u{8}\u{B}\u{C}\u{1F}",
            "\u{7F} del", "caf\u{E9} e\u{301} \u{2028}\u{2029} \u{FEFF}", "\u{1F1EB}\u{1F1F7} \u{1F600}", "日本語",
        ]
        let doubles = [0, 1, -1, 0.5, 0.001, 0.1 + 0.2, 1e-05, 123.456, 1e16, 2.5e-320, 1_000_000]
        let items = strings.map { Item(d: 1.5, list: [$0, $0.uppercased()], s: $0) } + doubles.map { Item(d: $0, list: [], s: "") }
        var json = JSONText()
        json.beginArray()
        for item in items {
            json.item()
            json.beginObject()
            json.key("d")
            json.double(item.d)
            json.key("list")
            json.beginArray()
            for s in item.list {
                json.item()
                json.string(s)
            }
            json.endArray()
            json.key("s")
            json.string(item.s)
            json.endObject()
        }
        json.endArray()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let expected = try encoder.encode(items)
        #expect(String(decoding: json.bytes, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
        #expect(json.bytes == Array(expected))

        // A whole story record, written by hand and by the encoder.
        let record = JSONReport.StoryRecord(try Self.seedAnalysis(), baselined: ["none"])
        #expect(try record.json(depth: 0) == Array(try encoder.encode(record)))
        var infinite = JSONText()
        infinite.double(.infinity)
        #expect(infinite.invalidNumber == .infinity)
    }

    @Test func jsonReportFollowsTheSchema() throws {
        let json = try JSONReport.render([try Self.seedAnalysis()])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        let story = try #require((object["stories"] as? [[String: Any]])?.first)
        #expect(story["id"] as? String == "seeds")
        let articles = try #require(story["articles"] as? [[String: Any]])
        #expect(articles.map { $0["id"] as? String } == ["bbc", "independent"])
        #expect(articles[0].keys.contains("source") && articles[0]["source"] is NSNull)
        let conflicts = try #require(story["conflicts"] as? [[String: Any]])
        #expect(conflicts.count == 1)
        let claims = try #require(conflicts[0]["claims"] as? [[String: Any]])
        #expect(claims.map { $0["article"] as? String } == ["bbc", "independent"])
        #expect(claims.map { $0["evidence"] as? String } == ["Friday", "Saturday"])
        #expect((claims[0]["sentenceText"] as? String)?.contains("in Germany on Friday") == true)
        #expect(claims[0]["line"] as? Int == 6)
        let alignments = try #require(story["alignments"] as? [[String: Any]])
        #expect(!alignments.isEmpty)
        for alignment in alignments {
            let score = try #require(alignment["score"] as? Double)
            #expect((0...1).contains(score))
            #expect((alignment["sentences"] as? [[String: Any]])?.count == 2)
            // Present, and true, only on a pair on another fact.
            #expect(alignment["otherFact"] == nil || alignment["otherFact"] as? Bool == true)
        }
        let otherFacts = try Self.seedAnalysis().alignments.filter(\.otherFact).count
        #expect(otherFacts > 0)
        #expect(alignments.filter { $0["otherFact"] as? Bool == true }.count == otherFacts)
        #expect(json == (try JSONReport.render([try Self.seedAnalysis()])))
    }

    @Test func textReportPrintsDiagnostics() throws {
        let text = TextReport().render([try Self.seedAnalysis()])
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0].hasPrefix("seeds/bbc.txt:6:104: error: [date] bbc says Friday, independent says Saturday"))
        #expect(lines[1].hasPrefix("    It comes after Mr Trump's first face-to-face talks"))
        #expect(lines[2].hasPrefix("seeds/independent.txt:5:116: note: independent says Saturday"))
        #expect(lines[4].hasPrefix("1 conflict (1 error, 0 warnings) in 2 articles;"))
        #expect(!text.contains("\u{1B}["))
        #expect(TextReport(colour: true).render([try Self.seedAnalysis()]).contains("\u{1B}[31merror:"))
    }

    @Test func sideBySideKeepsEachArticlesOrder() {
        let alignments = [
            Alignment(score: 0.5, sentences: [SentenceRef(article: 0, sentence: 1), SentenceRef(article: 1, sentence: 0)]),
            Alignment(score: 0.5, sentences: [SentenceRef(article: 0, sentence: 2), SentenceRef(article: 1, sentence: 2)]),
        ]
        let layout = SideBySide(articleCount: 2, sentenceCounts: [3, 4], alignments: alignments)
        #expect(layout.rows == [[[0], []], [[1], [0]], [[], [1]], [[2], [2]], [[], [3]]])
    }

    @Test func reportFileReplacesAtomicallyAndRefusesMissingFolders() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("factdiff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("r.html").path
        try ReportFile.write("one", to: path)
        try ReportFile.write("two", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "two")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["r.html"])
        #expect(throws: InputError.self) { try ReportFile.write("x", to: folder.path + "/missing/r.html") }
    }
}
