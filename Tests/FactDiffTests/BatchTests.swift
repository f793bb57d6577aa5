import Foundation
import Testing

@testable import FactDiff

/// Reading a batch, grouping loose articles, and the batch checker with its
/// configuration and baseline.
@Suite struct BatchTests {
    static let batch = Paths.fixtures.appendingPathComponent("batch")

    static func path(_ relative: String) -> String { batch.appendingPathComponent(relative).path }

    @Test func storyFoldersAreStoriesAndFlatFilesAreLoose() {
        let input = BatchInput.read(paths: [Self.path("stories"), Self.path("flat")])
        #expect(input.stories.map(\.id) == ["fire", "summit"])
        #expect(input.stories.map { $0.articles.map(\.id) } == [["courier", "herald"], ["post", "wire"]])
        #expect(input.loose.map(\.id) == ["election", "ferry-a", "ferry-b"])
        #expect(input.problems.isEmpty)
    }

    @Test func jsonLinesGiveArticlesAndABrokenLineIsAProblem() throws {
        let input = BatchInput.read(paths: [Self.path("articles.jsonl")])
        #expect(input.loose.map(\.id) == ["gazette-quake", "herald-quake"])
        let first = try #require(input.loose.first)
        #expect(first.source == "The Gazette")
        #expect(first.published == CivilDate(year: 2015, month: 4, day: 26))
        #expect(first.url == "https://example.org/quake")
        #expect(first.paragraphs.map(\.role) == [.headline, .body, .body])
        #expect(first.paragraphs.allSatisfy { $0.line == 1 })
        #expect(input.problems.map(\.description) == ["\(Self.path("articles.jsonl")):3: not valid JSON"])
    }

    @Test func htmlPagesAreArticlesAndAPageWithoutTextIsAProblem() {
        let input = BatchInput.read(paths: [Paths.fixture("html")])
        #expect(input.loose.map(\.id) == ["graph-only", "news-page", "no-article"])
        #expect(input.problems.map(\.reason) == [.noText])
        #expect(input.problems.first?.path.hasSuffix("scripts-only.html") == true)
    }

    @Test func missingPathsAndSymlinkLoopsAreProblemsNotCrashes() throws {
        let folder = try Tools.temporaryFolder("batch")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("loop").path, withDestinationPath: folder.appendingPathComponent("loop").path)
        let input = BatchInput.read(paths: [folder.path, folder.appendingPathComponent("absent").path])
        #expect(input.problems.count == 2)
        #expect(input.problems.contains { $0.reason == .symlinkLoop })
        #expect(input.problems.contains { $0.reason == .missing })
    }

    @Test(arguments: [
        "a.txt", "A.TXT", "b.Html", "c.htm", "d.jsonl", "e.JSONL", ".txt", "f.", "g..txt", "h.tar.txt", "i.txt.bak",
        "noext", "j .txt", "k.tx t", "caf\u{E9}.txt", "l.t\u{E9}xt", "m.html5",
    ])
    func aFileIsAnArticleByItsExtensionAsNSStringReadsIt(name: String) {
        let expected = BatchInput.articleExtensions.contains((name as NSString).pathExtension.lowercased())
        #expect(BatchInput.hasArticleExtension(name) == expected)
    }

    @Test func aFolderIsListedSortedWithoutHiddenEntriesAndJoinedAsNSStringJoins() throws {
        let folder = try Tools.temporaryFolder("listing")
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["b.txt", "a.txt", ".hidden.txt", "notes.md"] {
            try "x".write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("story"), withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("link.txt").path, withDestinationPath: folder.appendingPathComponent("a.txt").path)
        for given in [folder.path, folder.path + "/"] {
            let entries = try #require(BatchInput.list(given).entries)
            #expect(entries.map(\.path) == ["a.txt", "b.txt", "link.txt", "notes.md", "story"].map { (given as NSString).appendingPathComponent($0) })
            #expect(entries.map(\.kind) == [.file, .file, .file, .file, .folder])
            #expect(entries.map(\.regular) == [true, true, true, true, false])
            #expect(entries.map(\.isArticleFile) == [true, true, true, false, false])
        }
    }

    @Test func looseArticlesOfOneStoryAreGroupedAndTheRestLeftAlone() throws {
        let input = BatchInput.read(paths: [Self.path("flat"), Self.path("articles.jsonl")])
        let result = StoryGrouper().group(input.loose)
        #expect(result.stories.map { $0.articles.map(\.id) } == [["ferry-a", "ferry-b"], ["gazette-quake", "herald-quake"]])
        #expect(result.alone.map(\.id) == ["election"])
        let ferry = try #require(result.groupings.first)
        #expect(ferry.sharedTerms.contains("aurelia"))
        #expect(ferry.sharedTerms.contains("212"))
    }

    /// The grouper scores candidates against a dense copy of one article's
    /// weights; the scores must be the sparse dot product's to the last bit,
    /// or a threshold tie could group a batch differently.
    @Test func denseCandidateScoresEqualTheSparseDotProduct() {
        var generator = SplitMix64(seed: 7)
        let vocabulary = 60
        let vectors = (0..<40).map { _ -> StoryGrouper.SparseVector in
            let ids = (0..<Int32(vocabulary)).filter { _ in generator.next() % 4 == 0 }
            let raw = ids.map { _ in Double(generator.next() % 1000 + 1) / 1000 }
            let norm = sqrt(raw.reduce(0) { $0 + $1 * $1 })
            return StoryGrouper.SparseVector(ids: ids, weights: raw.map { $0 / norm })
        }
        let counts = vectors.map { Dictionary(uniqueKeysWithValues: $0.ids.map { ($0, 1) }) }
        var postings: [Int32: [Int]] = [:]
        for (index, vector) in vectors.enumerated() {
            for id in vector.ids { postings[id, default: []].append(index) }
        }
        let found = StoryGrouper.candidates(
            of: Array(vectors.indices), vectors: vectors, counts: counts, postings: postings, vocabulary: vocabulary,
            threshold: 0)
        var expected: [(Double, Int, Int)] = []
        for a in vectors.indices {
            for b in vectors.indices where b > a && Sorted.intersects(vectors[a].ids, vectors[b].ids) {
                expected.append((vectors[a].dot(vectors[b]), a, b))
            }
        }
        #expect(found.count == expected.count)
        #expect(found.count > 100)
        for (edge, (score, a, b)) in zip(found, expected) {
            #expect(edge.a == a && edge.b == b)
            #expect(edge.score.bitPattern == score.bitPattern)
        }
    }

    @Test func checkerAppliesKindsIgnoreRulesAndTheBaseline() async throws {
        let input = BatchInput.read(paths: [Self.path("stories"), Self.path("articles.jsonl")])
        let plain = await BatchChecker().check(input)
        let summit = try #require(plain.stories.first { $0.story.id == "summit" })
        let conflict = try #require(summit.conflicts.first)
        #expect(plain.exitStatus(failOn: .error, keepGoing: false) == 2)  // the broken JSON line
        #expect(plain.exitStatus(failOn: .error, keepGoing: true) == 1)
        #expect(plain.exitStatus(failOn: .never, keepGoing: true) == 0)

        let baseline = Baseline.entries(of: plain) + [BaselineEntry(fingerprint: "0000", story: "gone", kind: "date", message: "gone")]
        let accepted = await BatchChecker(baseline: baseline).check(input)
        #expect(accepted.baselined.contains(conflict.fingerprint))
        #expect(accepted.newConflicts.isEmpty)
        #expect(accepted.goneFromBaseline.map(\.fingerprint) == ["0000"])
        #expect(accepted.exitStatus(failOn: .warning, keepGoing: true) == 0)

        var settings = CheckConfiguration()
        settings.ignore = [.init(story: "summit", reason: "two different meetings")]
        let ignored = await BatchChecker(configuration: settings).check(input)
        #expect(ignored.ignored.map(\.reason).contains("two different meetings"))
        #expect(ignored.stories.first { $0.story.id == "summit" }?.conflicts.isEmpty == true)

        settings = CheckConfiguration()
        settings.severity = ["date": .warning]
        let softened = await BatchChecker(configuration: settings).check(input)
        #expect(softened.newConflicts.allSatisfy { $0.conflict.severity == .warning })
        #expect(softened.exitStatus(failOn: .error, keepGoing: true) == 0)
        #expect(softened.exitStatus(failOn: .warning, keepGoing: true) == 1)
    }

    @Test func outputIsTheSameWhateverOrderTheStoriesFinishIn() async throws {
        let input = BatchInput.read(paths: [Self.path("stories"), Self.path("flat"), Self.path("articles.jsonl")])
        let first = try JSONReport.render(await BatchChecker().check(input))
        for _ in 0..<3 {
            #expect(try JSONReport.render(await BatchChecker().check(input)) == first)
        }
    }

    @Test func baselineRoundTripsSorted() throws {
        let entries = [
            BaselineEntry(fingerprint: "b", story: "s2", kind: "date", message: "two"),
            BaselineEntry(fingerprint: "a", story: "s1", kind: "date", message: "one"),
        ]
        let folder = try Tools.temporaryFolder("baseline")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("baseline.json").path
        try ReportFile.write(try Baseline.render(entries), to: path)
        #expect(try Baseline.read(path: path) == entries.sorted())
        try ReportFile.write("{\"conflicts\": 3}", to: path)
        #expect(throws: InputError.self) { try Baseline.read(path: path) }
    }

    @Test func configurationParsesAndNamesItsErrors() throws {
        let settings = try CheckConfiguration.parse(
            """
            kinds: [date, number]
            severity: {date: warning}
            fail-on: warning
            alignment-threshold: 0.1
            ignore:
              - {kind: date, story: brexit, reason: "two votes"}
            """, path: ".factdiff.yml")
        #expect(settings.kinds == ["date", "number"])
        #expect(settings.severity == ["date": .warning])
        #expect(settings.failOn == .warning)
        #expect(settings.alignmentThreshold == 0.1)
        #expect(settings.ignore == [.init(kind: "date", story: "brexit", reason: "two votes")])
        #expect(settings.printed().contains("fail-on: warning\n"))
        // What --print shows loads again, control characters and all.
        var odd = CheckConfiguration()
        odd.ignore = [.init(story: "a\"b\\c", reason: "line one\nline two\u{7}")]
        let reloaded = try CheckConfiguration.parse(odd.printed(), path: "printed.yml")
        #expect(reloaded.ignore == odd.ignore)

        let bad: [(String, String)] = [
            ("colour: blue", "unknown setting 'colour'"),
            ("kinds: [dates]", "unknown conflict kind 'dates'"),
            ("ignore:\n  - {kind: date}", "has no 'reason'"),
            ("ignore:\n  - {reason: because}", "matches everything"),
            ("fail-on: sometimes", "'fail-on' must be"),
            ("alignment-threshold: 3", "from 0 to 1"),
            ("kinds: [date", "not valid YAML"),
        ]
        for (text, message) in bad {
            #expect {
                try CheckConfiguration.parse(text, path: "x.yml")
            } throws: { error in
                (error as? InputError)?.description.contains(message) == true
            }
        }
    }

    @Test func configurationIsFoundInAFolderAbove() throws {
        let folder = try Tools.temporaryFolder("config")
        defer { try? FileManager.default.removeItem(at: folder) }
        let inner = folder.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        try "fail-on: never\n".write(to: folder.appendingPathComponent(".factdiff.yml"), atomically: true, encoding: .utf8)
        let found = try #require(CheckConfiguration.find(from: inner))
        #expect(found.hasSuffix("/.factdiff.yml"))
        #expect(try CheckConfiguration.load(path: found).failOn == .never)
    }

    @Test func reportFileNamesAreSafe() {
        let names = ReportFolder.fileNames(for: ["../../etc/x", "CON", "index", "a b", "a-b", "", "fire"])
        #expect(names == ["etc-x.html", "story-CON.html", "story-index.html", "a-b.html", "a-b-2.html", "story.html", "fire.html"])
        #expect(names.allSatisfy { !$0.contains("/") && !$0.hasPrefix(".") })
    }

    @Test func twoLooseArticlesOfOneStoryAreGrouped() {
        let seeds = ["bbc", "independent"].map { Paths.package.appendingPathComponent("seeds/\($0).txt").path }
        let result = StoryGrouper().group(BatchInput.read(paths: seeds).loose)
        #expect(result.stories.map { $0.articles.map(\.id) } == [["bbc", "independent"]])
        #expect(result.alone.isEmpty)
    }

    @Test func nestedFoldersBrokenLinksAndStrayFiles() throws {
        let folder = try Tools.temporaryFolder("nested")
        defer { try? FileManager.default.removeItem(at: folder) }
        let story = folder.appendingPathComponent("2024/07/summit")
        try FileManager.default.createDirectory(at: story, withIntermediateDirectories: true)
        for name in ["post.txt", "wire.txt"] {
            try FileManager.default.copyItem(atPath: Self.path("stories/summit/\(name)"), toPath: story.appendingPathComponent(name).path)
        }
        try "notes".write(to: story.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: story.appendingPathComponent("dead.txt").path, withDestinationPath: "/nonexistent/x.txt")
        let input = BatchInput.read(paths: [folder.path, story.appendingPathComponent("README.md").path])
        #expect(input.stories.map(\.id) == ["summit"])
        #expect(input.problems.map(\.reason) == [.symlinkLoop, .notAnArticle])
        // The report folder, when inside the batch, is not read back.
        let excluded = BatchInput.read(paths: [folder.path], excluding: [folder.appendingPathComponent("2024").path])
        #expect(excluded.stories.isEmpty)
    }

    @Test func jsonLinesEndAtLineFeedsAndIDsAreChecked() throws {
        let folder = try Tools.temporaryFolder("jsonl")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("a.jsonl").path
        try """
            {"id": "a", "title": "One", "text": "First line\u{2028}still the first paragraph.\u{85}And more."}
            {"id": "a", "title": "Again", "text": "A second article with the same id."}
            {"id": "b\\n::error::x", "title": "Bad", "text": "Control character in the id."}
            {"id": "c", "title": "Fine", "text": "Third."}

            """.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try JSONLinesReader.read(path: path)
        #expect(result.articles.map(\.id) == ["a", "c"])
        #expect(result.problems.map(\.description) == [
            "\(path):2: id 'a' is also the id on line 1", "\(path):3: 'id' holds a control character",
        ])
        #expect(TextReport.printable("x\n::error::y") == "x\u{FFFD}::error::y")
    }

    @Test func emptySettingsFileMeansTheDefaults() throws {
        let folder = try Tools.temporaryFolder("config")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(".factdiff.yml").path
        try "".write(toFile: path, atomically: true, encoding: .utf8)
        let settings = try CheckConfiguration.load(path: path)
        #expect(settings.failOn == .error && settings.ignore.isEmpty && settings.kinds == nil)
    }

    @Test func aBaselinedConflictHiddenBySettingsIsNotStale() async throws {
        let input = BatchInput.read(paths: [Self.path("stories")])
        let baseline = Baseline.entries(of: await BatchChecker().check(input))
        var settings = CheckConfiguration()
        settings.kinds = ["time"]
        let outcome = await BatchChecker(configuration: settings, baseline: baseline).check(input)
        #expect(outcome.goneFromBaseline.isEmpty)
    }

    @Test func reportFilesAreWrittenThroughLinksAndIntoDevices() throws {
        let folder = try Tools.temporaryFolder("write")
        defer { try? FileManager.default.removeItem(at: folder) }
        let real = folder.appendingPathComponent("real.txt").path
        let link = folder.appendingPathComponent("link.txt").path
        try "old".write(toFile: real, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        try ReportFile.write("new", to: link)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == real)
        #expect(try String(contentsOfFile: real, encoding: .utf8) == "new")
        try ReportFile.write("discarded", to: "/dev/null")
        var status = stat()
        #expect(stat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
        #expect(throws: InputError.self) { try ReportFile.write("x", to: "") }
    }
}

extension StoryGrouper.SparseVector {
    /// The dot product by a merge of the two sorted id lists: what the
    /// grouper's dense scoring must equal to the last bit.
    func dot(_ other: StoryGrouper.SparseVector) -> Double {
        var i = 0
        var j = 0
        var sum = 0.0
        while i < ids.count, j < other.ids.count {
            if ids[i] == other.ids[j] {
                sum += weights[i] * other.weights[j]
                i += 1
                j += 1
            } else if ids[i] < other.ids[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }
}
