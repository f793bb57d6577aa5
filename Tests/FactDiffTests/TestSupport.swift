import Foundation

@testable import FactDiff

/// Paths of the package and its fixtures, found from this file so tests run
/// from any working directory.
enum Paths {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let package = tests.deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = tests.appendingPathComponent("Fixtures")
    static let shared = package.deletingLastPathComponent().appendingPathComponent("shared")

    static func fixture(_ name: String) -> String {
        fixtures.appendingPathComponent(name).path
    }
}

/// An article built in memory: a headline and body lines, as a file would
/// hold them.
func makeArticle(id: String, published: String? = nil, _ lines: String...) throws -> Article {
    var text = ""
    if let published { text += "---\npublished: \(published)\n---\n" }
    text += lines.joined(separator: "\n")
    return try ArticleReader.parse(data: Data(text.utf8), path: "\(id).txt", id: id)
}

/// The whole pipeline over articles built in memory.
func analyze(_ articles: Article...) -> StoryAnalysis {
    Analyzer().analyze(Story(id: "test", articles: articles))
}

/// Finding and running the programs the tests use: the built `factdiff`,
/// the Nu HTML Checker, Chromium.
enum Tools {
    static var onCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
        var output: String { stdout + stderr }
    }

    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil, directory: URL? = nil
    ) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: stdout, stderr: stderr)
    }

    static func temporaryFolder(_ label: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("factdiff-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}

/// A seeded generator, so a test's random data is the same every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
