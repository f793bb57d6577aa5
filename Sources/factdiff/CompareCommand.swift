import ArgumentParser
import FactDiff
import Foundation

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare the articles of one story and report where they disagree."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    @Argument(help: "Article files (UTF-8 text): two or more accounts of one story.")
    var files: [String] = []

    @Option(help: "Output on standard output: text (diagnostics) or json (report schema version 1).")
    var format: Format = .text

    @Option(name: .customLong("report"), help: "Also write a self-contained HTML report to this path.")
    var reportPath: String?

    @Option(help: "Lowest similarity, from 0 to 1, at which two sentences count as reporting the same fact.")
    var alignmentThreshold: Double = SentenceAligner().threshold

    @OptionGroup(title: "Limits") var limitOptions: LimitOptions

    func validate() throws {
        guard (0...1).contains(alignmentThreshold) else {
            throw ValidationError("--alignment-threshold must be between 0 and 1")
        }
    }

    func run() throws {
        let limits = limitOptions.applied(to: Limits())
        BundledResources.loadInBackground()
        let story: Story
        do {
            story = try Story.read(paths: files, limits: limits)
        } catch {
            throw CommandFailure.input(error)
        }
        let analysis = Analyzer(
            aligner: SentenceAligner(threshold: alignmentThreshold), limits: limits, parallel: true
        ).analyze(story)
        ProcessLifetime.keep(analysis)

        // Everything is rendered before anything is written, so a failure
        // leaves no half-written output.
        let output: String
        switch format {
        case .text: output = TextReport(colour: Terminal.wantsColour()).render([analysis])
        case .json: output = try JSONReport.render([analysis])
        }
        if let reportPath {
            let html = try HTMLReport.render(analysis)
            do {
                try ReportFile.write(html, to: reportPath)
            } catch {
                throw CommandFailure.input(error)
            }
        }
        for note in analysis.limitNotes {
            Output.standardError("factdiff: warning: \(TextReport.printable(note.description))")
        }
        try Output.standardOutput(output)
        if !analysis.conflicts.isEmpty {
            throw ExitCode(1)
        }
    }
}
