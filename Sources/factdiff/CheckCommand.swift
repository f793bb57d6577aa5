import ArgumentParser
import FactDiff
import Foundation

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a batch of articles: group them into stories and report where sources disagree.",
        discussion: """
            Each PATH is a folder (its subfolders are stories; files directly in it are articles \
            grouped automatically), an article file (.txt or .html), or JSON Lines (.jsonl, one \
            article a line: id, source, published, title, text, url). Settings come from \
            .factdiff.yml, found upward from the working directory, or --config.

            Exit status: 0 when no new conflict reaches --fail-on, 1 when one does, 2 for a usage, \
            configuration or input error (an unreadable file in the batch is reported and skipped, \
            and still gives 2 unless --keep-going).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif, junit, github
    }

    @Argument(help: "Folders, article files or JSON Lines files.")
    var paths: [String] = []

    @Option(name: .customLong("format"), help: "text, json, sarif, junit or github; may repeat, each with its own --output.")
    var formats: [Format] = []

    @Option(name: .customLong("output"), help: "Where the format given at the same position goes (default: standard output).")
    var outputs: [String] = []

    @Option(help: "Also write one HTML report per story and an index.html into this folder.")
    var reportDir: String?

    @Option(help: "Accept the conflicts recorded in this baseline file.")
    var baseline: String?

    @Option(help: "Record the current conflicts in this baseline file (sorted, pretty-printed JSON).")
    var writeBaseline: String?

    @Option(help: "The settings file (default: .factdiff.yml here or in a folder above).")
    var config: String?

    @Option(help: "The severity from which a new conflict fails the check: error, warning or never.")
    var failOn: CheckConfiguration.FailOn?

    @Flag(help: "Exit 0 or 1 even when some inputs could not be read (they are still reported).")
    var keepGoing = false

    @Flag(help: "No progress on standard error.")
    var quiet = false

    @OptionGroup(title: "Limits (override .factdiff.yml)") var limitOptions: LimitOptions

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("give at least one folder or file to check") }
        guard outputs.count <= max(formats.count, 1) else {
            throw ValidationError("more --output than --format options: each --output belongs to the --format at its position")
        }
        let toStandardOutput = formats.indices.filter { $0 >= outputs.count || outputs[$0] == "-" }.count
        if toStandardOutput > 1 {
            throw ValidationError("only one format can go to standard output; give the others an --output")
        }
        var targets = outputs.filter { $0 != "-" }
        if let writeBaseline { targets.append(writeBaseline) }
        if let path = targets.first(where: \.isEmpty) {
            throw ValidationError("an empty path names no file: '\(path)'")
        }
        let standardized = targets.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        if Set(standardized).count < standardized.count {
            throw ValidationError("two outputs name the same file; each --output and --write-baseline needs its own")
        }
        if let reportDir, reportDir.isEmpty { throw ValidationError("--report-dir names no folder") }
    }

    func run() async throws {
        var configuration = try loadConfiguration()
        if let failOn { configuration.failOn = failOn }
        configuration.limits = limitOptions.applied(to: configuration.limits)
        var accepted: [BaselineEntry] = []
        if let baseline {
            do {
                accepted = try Baseline.read(path: baseline)
            } catch {
                throw CommandFailure.input(error)
            }
        }
        BundledResources.loadInBackground()
        let input = BatchInput.read(paths: paths, excluding: reportDir.map { [$0] } ?? [], limits: configuration.limits)
        if input.stories.isEmpty, input.loose.isEmpty, input.problems.isEmpty {
            Output.standardError("factdiff: warning: no articles found in \(paths.joined(separator: ", ")) (.txt, .html, .htm, .jsonl)")
        }
        let progress = ProgressLine(enabled: !quiet && Terminal.showsProgress())
        var report: (@Sendable (Int, Int) -> Void)?
        if progress.enabled { report = { done, total in progress.update(done: done, of: total) } }
        let outcome = await BatchChecker(configuration: configuration, baseline: accepted).check(input, progress: report)
        progress.finish()
        ProcessLifetime.keep(outcome)

        // Render everything first, so a failure leaves no half-written output.
        let wanted = formats.isEmpty ? [Format.text] : formats
        var rendered: [(text: String, path: String?)] = []
        for (index, format) in wanted.enumerated() {
            let path = index < outputs.count && outputs[index] != "-" ? outputs[index] : nil
            rendered.append((try render(outcome, as: format, toTerminal: path == nil), path))
        }
        for path in outputs.filter({ $0 != "-" }) + [writeBaseline].compactMap({ $0 }) {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw CommandFailure.input(InputError(path: path, reason: .cannotWrite("folder \(folder) does not exist")))
            }
        }
        do {
            if let reportDir { try ReportFolder.write(outcome, to: reportDir) }
            if let writeBaseline { try ReportFile.write(try Baseline.render(Baseline.entries(of: outcome)), to: writeBaseline) }
            for (text, path) in rendered {
                if let path { try ReportFile.write(text, to: path) }
            }
        } catch let error as InputError {
            throw CommandFailure.input(error)
        }
        if wanted.contains(.github), let summary = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"], !summary.isEmpty {
            appendStepSummary(GitHubAnnotations.stepSummary(outcome), to: summary)
        }
        for (text, path) in rendered where path == nil {
            try Output.standardOutput(text)
        }
        let status = outcome.exitStatus(failOn: configuration.failOn, keepGoing: keepGoing)
        if status != 0 { throw ExitCode(status) }
    }

    private func render(_ outcome: BatchOutcome, as format: Format, toTerminal: Bool) throws -> String {
        switch format {
        case .text: return TextReport(colour: toTerminal && Terminal.wantsColour()).render(outcome)
        case .json: return try JSONReport.render(outcome)
        case .sarif: return try SARIFReport.render(outcome, toolVersion: FactDiffCommand.configuration.version)
        case .junit: return try JUnitReport.render(outcome)
        case .github: return GitHubAnnotations.render(outcome)
        }
    }

    private func loadConfiguration() throws -> CheckConfiguration {
        do {
            return try CheckConfiguration.resolve(explicit: config)
        } catch {
            throw CommandFailure.input(error)
        }
    }

    private func appendStepSummary(_ text: String, to path: String) {
        guard let handle = FileHandle(forWritingAtPath: path) else {
            Output.standardError("factdiff: warning: cannot append to GITHUB_STEP_SUMMARY (\(path))")
            return
        }
        handle.seekToEndOfFile()
        handle.write(Data(text.utf8))
        handle.closeFile()
    }
}

extension CheckConfiguration.FailOn: ExpressibleByArgument {}

/// "checked 120/798 stories (85/s)" on standard error, rewritten in place.
final class ProgressLine: @unchecked Sendable {
    let enabled: Bool
    private let lock = NSLock()
    private let start = Date()
    private var shown = false

    init(enabled: Bool) { self.enabled = enabled }

    func update(done: Int, of total: Int) {
        lock.lock()
        defer { lock.unlock() }
        let rate = Double(done) / max(Date().timeIntervalSince(start), 0.001)
        try? FileHandle.standardError.write(contentsOf: Data("\r\u{1B}[Kchecked \(done)/\(total) stories (\(Int(rate))/s)".utf8))
        shown = true
    }

    func finish() {
        if shown { try? FileHandle.standardError.write(contentsOf: Data("\r\u{1B}[K".utf8)) }
    }
}
