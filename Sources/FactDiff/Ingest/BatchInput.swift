import Foundation

/// What `factdiff check` was given, read: stories whose articles came
/// together (a folder of article files inside a batch folder), articles that
/// came alone (a flat folder, JSON Lines, files named one by one), and the
/// inputs that could not be read.
public struct BatchInput: Sendable {
    public var stories: [Story] = []
    public var loose: [Article] = []
    public var problems: [InputError] = []

    /// The file kinds a batch may hold.
    static let articleExtensions: Set<String> = ["txt", "html", "htm"]

    /// Each path is an article file, a JSON Lines file (.jsonl), or a folder:
    /// a folder's subfolders that hold articles are stories, the files
    /// directly in it are loose articles. Unreadable inputs become problems;
    /// a path that does not exist is a problem too.
    public static func read(paths: [String], fileManager: FileManager = .default) -> BatchInput {
        var input = BatchInput()
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                input.problems.append(InputError(path: path, reason: .missing))
                continue
            }
            if isDirectory.boolValue {
                input.readFolder(path, fileManager: fileManager)
            } else {
                input.readLooseFile(path)
            }
        }
        input.makeLooseIDsUnique()
        return input
    }

    private mutating func readFolder(_ folder: String, fileManager: FileManager) {
        let entries: [String]
        do {
            entries = try fileManager.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            problems.append(InputError(path: folder, reason: .unreadable("cannot list the folder")))
            return
        }
        for name in entries where !name.hasPrefix(".") {
            let path = (folder as NSString).appendingPathComponent(name)
            guard let kind = Self.kind(of: path, fileManager: fileManager) else {
                problems.append(InputError(path: path, reason: .symlinkLoop))
                continue
            }
            switch kind {
            case .folder: readStoryFolder(path, fileManager: fileManager)
            case .file: readLooseFile(path)
            }
        }
    }

    /// A story folder: its article files are one story; a folder holding
    /// fewer than two readable articles gives loose articles instead.
    private mutating func readStoryFolder(_ folder: String, fileManager: FileManager) {
        guard let entries = try? fileManager.contentsOfDirectory(atPath: folder).sorted() else {
            problems.append(InputError(path: folder, reason: .unreadable("cannot list the folder")))
            return
        }
        var articles: [Article] = []
        for name in entries where !name.hasPrefix(".") {
            let path = (folder as NSString).appendingPathComponent(name)
            guard Self.kind(of: path, fileManager: fileManager) == .file else { continue }
            readFile(path, into: &articles)
        }
        var ids: [String: String] = [:]
        articles = articles.filter { article in
            if let other = ids[article.id] {
                problems.append(InputError(path: article.path, reason: .duplicateID(article.id, otherPath: other)))
                return false
            }
            ids[article.id] = article.path
            return true
        }
        if articles.count >= 2 {
            stories.append(Story(id: (folder as NSString).lastPathComponent, articles: articles))
        } else {
            loose += articles
        }
    }

    private mutating func readFile(_ path: String, into story: inout [Article]) {
        let ext = (path as NSString).pathExtension.lowercased()
        do {
            if ext == "jsonl" {
                let result = try JSONLinesReader.read(path: path)
                story += result.articles
                problems += result.problems
            } else if ext == "html" || ext == "htm" {
                story.append(try HTMLPageReader.read(path: path))
            } else if Self.articleExtensions.contains(ext) || ext.isEmpty {
                story.append(try ArticleReader.read(path: path))
            }
        } catch {
            problems.append(error)
        }
    }

    private mutating func readLooseFile(_ path: String) {
        var articles: [Article] = []
        readFile(path, into: &articles)
        loose += articles
    }

    /// Loose articles from different folders may share a file name; the
    /// later ones are told apart by their folder, so ids stay unique and
    /// stable.
    private mutating func makeLooseIDsUnique() {
        var seen: Set<String> = Set(stories.flatMap { $0.articles.map(\.id) })
        for index in loose.indices {
            var id = loose[index].id
            if seen.contains(id) {
                let folder = ((loose[index].path as NSString).deletingLastPathComponent as NSString).lastPathComponent
                id = folder.isEmpty ? id : "\(folder)/\(id)"
                var n = 2
                while seen.contains(id) {
                    id = "\(loose[index].id)-\(n)"
                    n += 1
                }
                loose[index].id = id
            }
            seen.insert(id)
        }
    }

    enum Kind { case file, folder }

    /// nil for a symbolic link that leads nowhere or into a loop.
    static func kind(of path: String, fileManager: FileManager) -> Kind? {
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        return isDirectory.boolValue ? .folder : .file
    }
}
