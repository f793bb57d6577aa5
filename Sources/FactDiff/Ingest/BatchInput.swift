import Foundation

/// What `factdiff check` was given, read: stories whose articles came
/// together (a folder of article files inside a batch folder), articles that
/// came alone (a flat folder, JSON Lines, files named one by one), and the
/// inputs that could not be read.
public struct BatchInput: Sendable {
    public var stories: [Story] = []
    public var loose: [Article] = []
    public var problems: [InputError] = []
    /// The limits the files were read under (`maxFileSize`).
    var limits = Limits()

    /// While surveying, files are listed in ``pending`` instead of read.
    private var surveying = false
    private var pending: [String] = []
    /// Files already read, by path: (articles, problems).
    private var prefetched: [String: ([Article], [InputError])] = [:]
    /// What the survey found in each folder, by path, so the second walk
    /// lists and examines nothing again.
    private var listings: [String: FolderListing] = [:]

    /// The file kinds a batch may hold.
    static let articleExtensions: WordSet = ["txt", "html", "htm", "jsonl"]

    /// Each path is an article file, a JSON Lines file (.jsonl), or a folder.
    /// In a folder, files are loose articles and each subfolder is read the
    /// same way, except that a subfolder holding two or more articles of its
    /// own is a story. Files of other kinds inside folders are passed over (a
    /// README beside the articles); named one by one they are problems, as
    /// are paths that do not exist and links that lead nowhere. `excluding`
    /// folders (the report folder) are not read.
    ///
    /// The tree is walked twice: once to list the files, which are then read
    /// and parsed in parallel, and once more, from the listings the first
    /// walk kept, to place what was read, in the same order as a single
    /// sequential walk.
    public static func read(
        paths: [String], excluding: [String] = [], limits: Limits = Limits()
    ) -> BatchInput {
        var survey = BatchInput()
        survey.surveying = true
        survey.walk(paths, excluding: excluding)
        var input = BatchInput()
        input.limits = limits
        input.prefetched = readAll(survey.pending, limits: limits)
        input.listings = survey.listings
        input.walk(paths, excluding: excluding)
        input.prefetched = [:]
        input.listings = [:]
        input.makeLooseIDsUnique()
        return input
    }

    /// Reads every file, one task per core, each result at its file's place.
    private static func readAll(_ paths: [String], limits: Limits) -> [String: ([Article], [InputError])] {
        let results = paths.concurrentMap { load($0, limits: limits) }
        var byPath: [String: ([Article], [InputError])] = [:]
        for (path, result) in zip(paths, results) { byPath[path] = result }
        return byPath
    }

    private mutating func walk(_ paths: [String], excluding: [String]) {
        let excluded = Set(excluding.map { URL(fileURLWithPath: $0).standardizedFileURL.path })
        var visited: Set<String> = []
        for path in paths {
            switch Self.kind(of: path) {
            case .missing: problems.append(InputError(path: path, reason: .missing))
            case .brokenLink: problems.append(InputError(path: path, reason: .symlinkLoop))
            case .folder: readFolder(path, depth: 0, excluded: excluded, visited: &visited)
            case .file:
                if Self.articleExtensions.contains((path as NSString).pathExtension.lowercased()) {
                    loose += readFile(path)
                } else {
                    problems.append(InputError(path: path, reason: .notAnArticle))
                }
            }
        }
    }

    private mutating func readFolder(
        _ folder: String, depth: Int, excluded: Set<String>, visited: inout Set<String>
    ) {
        let listing = listings[folder] ?? Self.list(folder)
        if surveying { listings[folder] = listing }
        // A folder reached twice (through links) is read once.
        guard visited.insert(listing.resolved).inserted else { return }
        guard excluded.isEmpty || !excluded.contains(URL(fileURLWithPath: folder).standardizedFileURL.path) else { return }
        guard let entries = listing.entries else {
            problems.append(InputError(path: folder, reason: .unreadable("cannot list the folder")))
            return
        }
        var articles: [Article] = []
        var subfolders: [String] = []
        for entry in entries {
            switch entry.kind {
            case .missing, .brokenLink: problems.append(InputError(path: entry.path, reason: .symlinkLoop))
            case .folder: subfolders.append(entry.path)
            case .file:
                guard entry.isArticleFile else { continue }
                // Opening a pipe waits for a writer that may never come: in
                // a folder only regular files are read (a pipe or device
                // named on the command line is the user's choice).
                if !entry.regular {
                    problems.append(InputError(path: entry.path, reason: .unreadable("not a regular file (a pipe, socket or device), skipped")))
                    continue
                }
                articles += readFile(entry.path)
            }
        }
        // A folder given on the command line, or one holding further folders,
        // is a batch; a folder of articles inside it is a story.
        if depth > 0, subfolders.isEmpty, articles.count >= 2 {
            stories.append(Story(id: (folder as NSString).lastPathComponent, articles: uniqueArticles(articles)))
        } else {
            loose += articles
        }
        for subfolder in subfolders {
            readFolder(subfolder, depth: depth + 1, excluded: excluded, visited: &visited)
        }
    }

    /// Within one story, a second article with an id already taken is a
    /// problem, as in `compare`.
    private mutating func uniqueArticles(_ articles: [Article]) -> [Article] {
        var ids: [String: String] = [:]
        return articles.filter { article in
            if let other = ids[article.id] {
                problems.append(InputError(path: article.path, reason: .duplicateID(article.id, otherPath: other)))
                return false
            }
            ids[article.id] = article.path
            return true
        }
    }

    private mutating func readFile(_ path: String) -> [Article] {
        if surveying {
            pending.append(path)
            return []
        }
        let (articles, found) = prefetched[path] ?? Self.load(path, limits: limits)
        problems += found
        return articles
    }

    /// The articles of one file, and what could not be read.
    private static func load(_ path: String, limits: Limits) -> ([Article], [InputError]) {
        let ext = (path as NSString).pathExtension.lowercased()
        do {
            if ext == "jsonl" {
                let result = try JSONLinesReader.read(path: path, limits: limits)
                return (result.articles, result.problems)
            } else if ext == "html" || ext == "htm" {
                return ([try HTMLPageReader.read(path: path, limits: limits)], [])
            } else {
                return ([try ArticleReader.read(path: path, limits: limits)], [])
            }
        } catch {
            return ([], [error])
        }
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

    enum Kind { case file, folder, missing, brokenLink }

    /// By `stat`, which follows links, as `FileManager.fileExists` does:
    /// Foundation's path and URL objects took most of the walk's time.
    static func kind(of path: String) -> Kind { examine(path).kind }

    /// What `path` is, and for a file whether it is a regular one (not a
    /// pipe, socket or device), from one `stat`.
    private static func examine(_ path: String) -> (kind: Kind, regular: Bool) {
        var status = stat()
        if stat(path, &status) == 0 {
            let type = status.st_mode & S_IFMT
            return (type == S_IFDIR ? .folder : .file, type == S_IFREG)
        }
        // A link that leads nowhere is not "missing".
        if lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK { return (.brokenLink, true) }
        return (.missing, true)
    }

    /// A folder's entries, sorted by name, without the hidden ones, each
    /// with what it is; `entries` is nil when the folder cannot be listed.
    struct FolderListing: Sendable {
        var resolved: String
        var entries: [Entry]?

        struct Entry: Sendable {
            var path: String
            var kind: Kind
            /// False for a file that is a pipe, socket or device.
            var regular: Bool
            /// Whether the name ends in one of ``BatchInput/articleExtensions``.
            var isArticleFile: Bool
        }
    }

    static func list(_ folder: String) -> FolderListing {
        let resolved = Self.resolved(folder)
        // By `readdir`, whose entry type spares a `stat` of each regular
        // file and folder; links and unknown types are examined.
        guard let directory = opendir(folder) else {
            return FolderListing(resolved: resolved, entries: nil)
        }
        defer { closedir(directory) }
        var found: [(name: String, type: UInt8)] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            // Hidden entries, "." and ".." among them, are passed over.
            guard !name.hasPrefix(".") else { continue }
            found.append((name, entry.pointee.d_type))
        }
        found.sort { $0.name < $1.name }
        // Joined as `NSString.appendingPathComponent` joins them, without
        // bridging each name: a slash unless the folder ends in one.
        let separator = folder.isEmpty || folder.utf8.last == UInt8(ascii: "/") ? "" : "/"
        let entries = found.map { name, type -> FolderListing.Entry in
            let path = folder + separator + name
            let (kind, regular): (Kind, Bool) =
                switch Int32(type) {
                case Int32(DT_REG): (.file, true)
                case Int32(DT_DIR): (.folder, false)
                default: Self.examine(path)
                }
            return FolderListing.Entry(path: path, kind: kind, regular: regular, isArticleFile: Self.hasArticleExtension(name))
        }
        return FolderListing(resolved: resolved, entries: entries)
    }

    /// Whether a file name's extension, as `NSString.pathExtension` reads
    /// it (after the last dot, unless that dot begins the name), is one of
    /// ``articleExtensions`` in any case; told from the name's bytes.
    static func hasArticleExtension(_ name: String) -> Bool {
        let bytes = name.utf8
        guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")), dot != bytes.startIndex else { return false }
        let ext = bytes[bytes.index(after: dot)...]
        guard ext.count <= 5, ext.allSatisfy({ $0 < 0x80 }) else { return false }
        return articleExtensions.contains(String(decoding: ext.map { $0 | (($0 >= 65 && $0 <= 90) ? 0x20 : 0) }, as: UTF8.self))
    }

    /// The path with every link resolved, so a folder reached twice is
    /// known; by `realpath`, or Foundation's resolution when that fails.
    static func resolved(_ path: String) -> String {
        guard let real = realpath(path, nil) else { return URL(fileURLWithPath: path).resolvingSymlinksInPath().path }
        defer { free(real) }
        return String(cString: real)
    }
}
