import Foundation
import Testing

/// End to end: the built `factdiff` binary, as users and CI run it.
@Suite struct CommandTests {
    static let binary: URL? = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [
            beside.appendingPathComponent("factdiff"),
            beside.deletingLastPathComponent().appendingPathComponent("factdiff"),
            Paths.package.appendingPathComponent(".build/debug/factdiff"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    static func run(_ arguments: [String]) throws -> Tools.Run {
        let binary = try #require(binary, "the factdiff binary is built with the tests; none was found")
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.removeValue(forKey: "FORCE_COLOR")
        return try Tools.run(binary.path, arguments, environment: environment, directory: Paths.package)
    }

    static func temporaryFolder() throws -> URL { try Tools.temporaryFolder("command") }

    @Test func seedsPrintTheOneConflictAndExitOne() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("seeds.html").path
        let run = try Self.run(["compare", "seeds/bbc.txt", "seeds/independent.txt", "--report", report])
        #expect(run.status == 1)
        #expect(run.stderr.isEmpty)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.filter { $0.contains(": error: ") || $0.contains(": warning: ") }.count == 1)
        #expect(lines.first?.hasPrefix("seeds/bbc.txt:6:104: error: [date] bbc says Friday, independent says Saturday") == true)
        #expect(lines.last?.hasPrefix("1 conflict") == true)
        // The report written by the binary is the committed one.
        let committed = try String(contentsOf: Paths.package.appendingPathComponent("reports/seeds.html"), encoding: .utf8)
        #expect(try String(contentsOfFile: report, encoding: .utf8) == committed)
    }

    @Test func jsonGoesToStandardOutput() throws {
        let run = try Self.run(["compare", "--format", "json", "seeds/bbc.txt", "seeds/independent.txt"])
        #expect(run.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect(object?["version"] as? Int == 1)
        let story = try #require((object?["stories"] as? [[String: Any]])?.first)
        let coverage = try #require(story["coverage"] as? [[String: Any]])
        #expect(coverage.compactMap { $0["article"] as? String } == ["bbc", "independent"])
        for entry in coverage {
            let sentences = try #require(entry["sentences"] as? Int)
            let aligned = try #require(entry["aligned"] as? Int)
            let unique = try #require(entry["unique"] as? [[String: Any]])
            #expect(aligned + unique.count == sentences)
            #expect(aligned > 0)
        }
    }

    @Test func agreeingArticlesExitZero() throws {
        let run = try Self.run(["compare", Paths.fixture("crlf.txt"), Paths.fixture("bom.txt")])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("no conflicts in 2 articles"))
    }

    @Test(arguments: [
        (["missing.txt"], "missing.txt: no such file"),
        (["other"], "other: is a directory"),
        (["blank.txt"], "blank.txt: empty file"),
        (["binary.txt"], "binary.txt: binary file"),
        (["invalid-utf8.txt"], "invalid-utf8.txt: not valid UTF-8"),
        (["other/crlf.txt"], "other/crlf.txt: article id 'crlf' is also the id of"),
    ])
    func badInputExitsTwoWithOneLineAndNoReport(bad: [String], message: String) throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("r.html").path
        let files = [Paths.fixture("crlf.txt")] + bad.map(Paths.fixture)
        let run = try Self.run(["compare"] + files + ["--report", report])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("factdiff: error: ") == true)
        #expect(run.stderr.contains(message))
        #expect(!FileManager.default.fileExists(atPath: report))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func fewerThanTwoArticlesIsAnInputError() throws {
        let run = try Self.run(["compare", Paths.fixture("crlf.txt")])
        #expect(run.status == 2)
        #expect(run.stderr.contains("crlf.txt: a comparison needs at least two articles, got 1"))
    }

    @Test(arguments: [["compare", "--format", "yaml", "seeds/bbc.txt", "seeds/independent.txt"], ["frobnicate"], ["compare", "--alignment-threshold", "2", "a", "b"]])
    func usageErrorsExitTwo(arguments: [String]) throws {
        let run = try Self.run(arguments)
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(!run.stderr.isEmpty)
    }

    @Test func helpExitsZero() throws {
        let run = try Self.run(["compare", "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("--report"))
    }

    @Test func reportIntoAMissingFolderIsAnInputError() throws {
        let run = try Self.run(["compare", "seeds/bbc.txt", "seeds/independent.txt", "--report", "/nonexistent-folder/r.html"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("/nonexistent-folder/r.html: cannot write"))
    }

    @Test func similarityPrintsOneScorePerLine() throws {
        let folder = try Self.temporaryFolder()
        let pairs = folder.appendingPathComponent("pairs.tsv")
        try """
            Three climbers died in the avalanche.\tThree climbers were killed in the avalanche.

            The bank raised rates.\tA storm closed schools.

            """.write(to: pairs, atomically: true, encoding: .utf8)
        let run = try Self.run(["similarity", pairs.path])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 4)  // three input lines and the final newline
        let first = try #require(Double(lines[0]))
        let third = try #require(Double(lines[2]))
        #expect(lines[1].isEmpty)
        #expect(first > 0.5)
        #expect(third < first)

        let features = try Self.run(["similarity", "--features", pairs.path])
        #expect(features.status == 0)
        #expect(features.stdout.hasPrefix("cover_low\t"))
    }

    @Test func similarityRejectsALineWithoutATab() throws {
        let folder = try Self.temporaryFolder()
        let pairs = folder.appendingPathComponent("pairs.tsv")
        try "One sentence\tanother\nno tab here\n".write(to: pairs, atomically: true, encoding: .utf8)
        let run = try Self.run(["similarity", pairs.path])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "factdiff: error: \(pairs.path):2: expected two sentences separated by a tab, found 1 field\n")
    }
}
