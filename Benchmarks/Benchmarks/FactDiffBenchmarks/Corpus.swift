import FactDiff
import Foundation

/// Where the benchmarks' input is: `FACTDIFF_CORPUS`, else `../shared/corpus`
/// beside the repository (found from this file's path, so the working
/// directory does not matter).
enum CorpusLocation {
    static let path: String = {
        if let path = ProcessInfo.processInfo.environment["FACTDIFF_CORPUS"], !path.isEmpty { return path }
        // <repo>/Benchmarks/Benchmarks/FactDiffBenchmarks/Corpus.swift
        let repository = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return repository.appendingPathComponent("../shared/corpus").standardizedFileURL.path
    }()

    static var isPresent: Bool {
        ["basil", "allsides", "multinews"].contains {
            FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent($0))
        }
    }

    /// Scale corpora made by `scripts/make-scale-corpus`, from
    /// `FACTDIFF_SCALE_CORPUS` (folders separated by `:`); none by default.
    static var scaleCorpora: [String] {
        (ProcessInfo.processInfo.environment["FACTDIFF_SCALE_CORPUS"] ?? "")
            .split(separator: ":").map(String.init).filter { !$0.isEmpty }
    }
}

/// Sizes that turn a pass into articles per second and MB per second.
struct Workload: Sendable {
    var articles: Int
    /// Bytes of the article files.
    var bytes: Int

    var megabytes: Double { Double(bytes) / 1_000_000 }

    static func of(paths: [String]) -> Workload {
        Workload(articles: paths.count, bytes: paths.reduce(0) { $0 + fileSize($1) })
    }

    static func of(_ stories: [Story]) -> Workload {
        of(paths: stories.flatMap { $0.articles.map(\.path) })
    }

    static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}

/// The corpus read and taken through the pipeline once, stage by stage, so
/// that each stage's benchmark measures that stage alone on its inputs. Each
/// is a global `let`, computed on first use (in a benchmark's setup, outside
/// the measurement); package-benchmark runs each benchmark in a process of
/// its own, so a benchmark computes only the stages before its own.
enum Prepared {
    static let input: BatchInput = BatchInput.read(paths: [CorpusLocation.path])
    static let stories: [Story] = input.stories.sorted { $0.id < $1.id }
    static let workload: Workload = .of(stories)

    static let sentences: [[[Sentence]]] = stories.map { story in
        story.articles.enumerated().map { SentenceSplitter.sentences(of: $1, articleIndex: $0) }
    }

    static let mentions: [[[[Mention]]]] = zip(stories, sentences).map { story, sentences in
        zip(story.articles, sentences).map { article, sentences in
            MentionExtraction.mentions(in: sentences, context: ExtractionContext(published: article.published))
        }
    }

    static let alignments: [(groups: [Alignment], otherFacts: [Alignment], nearMisses: [Alignment])] = sentences.map {
        SentenceAligner().alignment($0)
    }

    /// What the report stage is given: the outcome `factdiff check` would have.
    static let outcome: BatchOutcome = {
        let semaphore = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: BatchOutcome?
        Task {
            result = await BatchChecker().check(input)
            semaphore.signal()
        }
        semaphore.wait()
        return result!
    }()

    /// The corpus articles as one flat folder: a temporary folder of
    /// symbolic links named `<set>-<story>-<file>`, so that every article
    /// is loose and `check` has to group them.
    static let flatFolder: String = {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("factdiff-bench-flat-\(ProcessInfo.processInfo.processIdentifier)").path
        try? FileManager.default.removeItem(atPath: folder)
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for story in stories {
            for article in story.articles {
                let set = ((article.path as NSString).deletingLastPathComponent as NSString)
                    .deletingLastPathComponent
                let name = "\((set as NSString).lastPathComponent)-\(story.id)-\((article.path as NSString).lastPathComponent)"
                try! FileManager.default.createSymbolicLink(
                    atPath: (folder as NSString).appendingPathComponent(name), withDestinationPath: article.path)
            }
        }
        return folder
    }()

    static func removeFlatFolder() {
        try? FileManager.default.removeItem(atPath: flatFolder)
    }

    static let loose: [Article] = BatchInput.read(paths: [flatFolder]).loose
}

/// One story of ten articles of about 2,000 words, as
/// `scripts/make-scale-corpus --story 10 --words 2000` writes it: article k
/// is the body paragraphs of the k-th article (k modulo the story's size) of
/// successive Multi-News stories (most articles first, then by id), until it
/// has 2,000 words, under the headline of its first one.
enum LongStory {
    static let articleCount = 10
    static let words = 2_000

    static let texts: [String] = {
        let root = (CorpusLocation.path as NSString).appendingPathComponent("multinews")
        let fm = FileManager.default
        let stories: [(id: String, files: [String])] = ((try? fm.contentsOfDirectory(atPath: root)) ?? [])
            .compactMap { id in
                let folder = (root as NSString).appendingPathComponent(id)
                let files = ((try? fm.contentsOfDirectory(atPath: folder)) ?? [])
                    .filter { $0.hasSuffix(".txt") }.sorted()
                    .map { (folder as NSString).appendingPathComponent($0) }
                return files.count >= 2 ? (id, files) : nil
            }
            .sorted { ($0.files.count, $1.id) > ($1.files.count, $0.id) }
        return (0..<articleCount).map { k in
            var headline: String?
            var lines: [String] = []
            var count = 0
            stories: for story in stories {
                let text = (try? String(contentsOfFile: story.files[k % story.files.count], encoding: .utf8)) ?? ""
                let parts = bodyLines(text)
                if headline == nil { headline = parts.first }
                for line in parts.dropFirst() {
                    if count >= words { break stories }
                    lines.append(line)
                    count += line.split(whereSeparator: \.isWhitespace).count
                }
                if count >= words { break }
            }
            return (headline ?? "") + "\n\n" + lines.joined(separator: "\n") + "\n"
        }
    }()

    static let story: Story = Story(
        id: "long-story",
        articles: texts.enumerated().map { index, text in
            let id = String(format: "a%02d", index + 1)
            return try! ArticleReader.parse(data: Data(text.utf8), path: "\(id).txt", id: id)
        })

    static let workload = Workload(articles: articleCount, bytes: texts.reduce(0) { $0 + $1.utf8.count })

    /// Non-empty lines after any front matter.
    static func bodyLines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") {
            lines = Array(lines[(end + 1)...])
        }
        return lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }
}
