import Foundation
import Testing

/// `factdiff check` end to end, as CI runs it.
@Suite struct CheckCommandTests {
    static let batch = "Tests/FactDiffTests/Fixtures/batch"

    static func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> Tools.Run {
        let binary = try #require(CommandTests.binary, "the factdiff binary is built with the tests; none was found")
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.removeValue(forKey: "FORCE_COLOR")
        environment.removeValue(forKey: "GITHUB_STEP_SUMMARY")
        environment.merge(extra) { $1 }
        return try Tools.run(binary.path, arguments, environment: environment, directory: Paths.package)
    }

    @Test func storiesWithAConflictExitOne() throws {
        let run = try Self.run(["check", "\(Self.batch)/stories"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("\(Self.batch)/stories/summit/post.txt:"))
        #expect(run.stdout.hasSuffix("1 new conflict (1 error, 0 warnings) in 2 stories of 4 articles\n"))
        #expect(run.stderr.isEmpty)
    }

    @Test func anUnreadableInputExitsTwoUnlessKeepGoing() throws {
        let strict = try Self.run(["check", "\(Self.batch)/stories", "\(Self.batch)/articles.jsonl"])
        #expect(strict.status == 2)
        #expect(strict.stdout.contains("articles.jsonl:3: not valid JSON"))
        let lenient = try Self.run(["check", "--keep-going", "\(Self.batch)/stories", "\(Self.batch)/articles.jsonl"])
        #expect(lenient.status == 1)
    }

    @Test func eachFormatGoesWhereItsOutputSays() throws {
        let folder = try Tools.temporaryFolder("check")
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = folder.appendingPathComponent("out.json").path
        let sarif = folder.appendingPathComponent("out.sarif").path
        let junit = folder.appendingPathComponent("out.xml").path
        let run = try Self.run([
            "check", "--format", "json", "--output", json, "--format", "sarif", "--output", sarif,
            "--format", "junit", "--output", junit, "--format", "text", "--report-dir", folder.appendingPathComponent("reports").path,
            "\(Self.batch)/stories", "\(Self.batch)/flat",
        ])
        #expect(run.status == 1)
        #expect(run.stdout.contains("new conflict"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [String: Any])
        #expect((object["stories"] as? [Any])?.count == 3)
        #expect((object["uncompared"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["election"])
        #expect((object["groupings"] as? [[String: Any]])?.first?["articles"] as? [String] == ["ferry-a", "ferry-b"])
        let sarifObject = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: sarif))) as? [String: Any])
        #expect(sarifObject["version"] as? String == "2.1.0")
        #expect(try String(contentsOfFile: junit, encoding: .utf8).contains("<testsuites"))
        let reports = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("reports").path).sorted()
        #expect(reports == ["fire.html", "index.html", "story-ferry-a.html", "summit.html"])
    }

    @Test func aWrittenBaselineAcceptsTheConflictsItRecords() throws {
        let folder = try Tools.temporaryFolder("check")
        defer { try? FileManager.default.removeItem(at: folder) }
        let baseline = folder.appendingPathComponent("baseline.json").path
        let first = try Self.run(["check", "--write-baseline", baseline, "\(Self.batch)/stories"])
        #expect(first.status == 1)
        let recorded = try String(contentsOfFile: baseline, encoding: .utf8)
        #expect(recorded.contains("\"story\" : \"summit\""))
        let second = try Self.run(["check", "--baseline", baseline, "--format", "json", "\(Self.batch)/stories"])
        #expect(second.status == 0)
        #expect(second.stdout.contains("\"baselined\" : true"))
        let text = try Self.run(["check", "--baseline", baseline, "\(Self.batch)/stories"])
        #expect(text.stdout.hasPrefix("no new conflicts in 2 stories of 4 articles; 1 baselined"))
    }

    @Test func githubAnnotationsAndStepSummary() throws {
        let folder = try Tools.temporaryFolder("check")
        defer { try? FileManager.default.removeItem(at: folder) }
        let summary = folder.appendingPathComponent("summary.md")
        try "existing\n".write(to: summary, atomically: true, encoding: .utf8)
        let run = try Self.run(["check", "--format", "github", "\(Self.batch)/stories"], environment: ["GITHUB_STEP_SUMMARY": summary.path])
        #expect(run.status == 1)
        #expect(run.stdout.hasPrefix("::error file=\(Self.batch)/stories/summit/"))
        let appended = try String(contentsOf: summary, encoding: .utf8)
        #expect(appended.hasPrefix("existing\n"))
        #expect(appended.count > "existing\n".count)
    }

    @Test func configurationIsReadAndItsErrorsExitTwo() throws {
        let folder = try Tools.temporaryFolder("check")
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("factdiff.yml").path
        try "fail-on: never\n".write(toFile: config, atomically: true, encoding: .utf8)
        #expect(try Self.run(["check", "--config", config, "\(Self.batch)/stories"]).status == 0)
        let printed = try Self.run(["config", "--print", "--config", config])
        #expect(printed.status == 0)
        #expect(printed.stdout.contains("fail-on: never\n"))
        try "fail-on: sometimes\n".write(toFile: config, atomically: true, encoding: .utf8)
        let bad = try Self.run(["check", "--config", config, "\(Self.batch)/stories"])
        #expect(bad.status == 2)
        #expect(bad.stderr == "factdiff: error: \(config): 'fail-on' must be error, warning or never\n")
    }

    @Test(arguments: [
        ["check"],
        ["check", "--format", "json", "--format", "text", "x"],
        ["check", "--output", "a", "--output", "b", "x"],
        ["check", "--fail-on", "sometimes", "x"],
    ])
    func usageErrorsExitTwo(arguments: [String]) throws {
        let run = try Self.run(arguments)
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
    }

    @Test func colourNeverGoesIntoAnOutputFileAndDashIsStandardOutput() throws {
        let folder = try Tools.temporaryFolder("check")
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = folder.appendingPathComponent("out.txt").path
        let run = try Self.run(["check", "--output", text, "\(Self.batch)/stories"], environment: ["FORCE_COLOR": "1", "NO_COLOR": ""])
        #expect(run.status == 1)
        #expect(!(try String(contentsOfFile: text, encoding: .utf8)).contains("\u{1B}"))
        let dash = try Self.run(["check", "--format", "json", "--output", "-", "\(Self.batch)/stories"])
        #expect(dash.stdout.hasPrefix("{"))
        #expect(!FileManager.default.fileExists(atPath: Paths.package.appendingPathComponent("-").path))
    }

    @Test func anUnwritableStandardOutputIsAnErrorNotACrash() throws {
        let binary = try #require(CommandTests.binary)
        let run = try Tools.run("/bin/sh", ["-c", "'\(binary.path)' check \(Self.batch)/stories > /dev/full"], directory: Paths.package)
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("factdiff: error: cannot write to standard output"))
    }

    @Test func twoOutputsOfOnePathAreAUsageError() throws {
        let run = try Self.run(["check", "--format", "json", "--output", "x.json", "--format", "sarif", "--output", "./x.json", "\(Self.batch)/stories"])
        #expect(run.status == 2)
        #expect(!FileManager.default.fileExists(atPath: Paths.package.appendingPathComponent("x.json").path))
    }
}
