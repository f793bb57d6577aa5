import Foundation

/// `--report-dir`: one HTML report per story and an index.html with a row per
/// story. Every file is written atomically (``ReportFile``), under a name
/// made safe from the story id, and never outside the folder: a link or a
/// pipe in the folder under a report's name is replaced, not followed. The
/// story reports are written first and the index last, so a run killed
/// midway leaves complete story reports and the previous index.
public enum ReportFolder {
    public static func write(_ outcome: BatchOutcome, to folder: String) throws(InputError) {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw InputError(path: folder, reason: .cannotWrite("cannot create the folder"))
            }
        } else if !isDirectory.boolValue {
            throw InputError(path: folder, reason: .cannotWrite("is not a folder"))
        }
        ReportFile.removeStaleTemporaries(in: folder)
        let names = fileNames(for: outcome.stories.map(\.story.id))
        // Every target is checked before the first is written, so a folder in
        // the way does not leave half a report folder behind.
        for name in names + ["index.html"] {
            let path = (folder as NSString).appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                throw InputError(path: path, reason: .cannotWrite("is a directory"))
            }
        }
        // Each page rendered (libxml2 builds one document per story) and
        // written by the task that rendered it, on every core, so no page
        // waits in memory and no core waits for the disk; the first failure
        // in story order is the one reported.
        let stories = Array(zip(outcome.stories, names))
        let written = stories.concurrentMap { analysis, name -> Result<Void, InputError> in
            let path = (folder as NSString).appendingPathComponent(name)
            let page: String
            do {
                page = try HTMLReport.render(analysis)
            } catch {
                return .failure(InputError(path: name, reason: .cannotWrite("\(error)")))
            }
            return Result { () throws(InputError) in try ReportFile.write(page, to: path, inPlace: false) }
        }
        for result in written { try result.get() }
        let index: String
        do {
            index = try HTMLIndex.render(outcome, fileNames: names)
        } catch {
            throw InputError(path: "index.html", reason: .cannotWrite("\(error)"))
        }
        try ReportFile.write(index, to: (folder as NSString).appendingPathComponent("index.html"), inPlace: false)
    }

    /// Names Windows reserves for devices, and the index's own name.
    static let reserved: Set<String> = Set(["con", "prn", "aux", "nul", "index"] + (1...9).flatMap { ["com\($0)", "lpt\($0)"] })

    /// A file name per story id: letters, digits, `-` and `_` kept,
    /// anything else (path separators, `..`) made `-`; names Windows reserves
    /// (CON, NUL, COM1...) and `index` get a prefix; clashes get a number.
    public static func fileNames(for ids: [String]) -> [String] {
        var used: Set<String> = ["index.html"]
        return ids.map { id in
            var stem = String(String.UnicodeScalarView(id.unicodeScalars.map { scalar in
                scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
                    ? scalar : "-"
            }))
            stem = String(stem.prefix(120))
            while stem.hasPrefix("-") || stem.hasPrefix(".") { stem.removeFirst() }
            if stem.isEmpty { stem = "story" }
            if reserved.contains(stem.lowercased()) { stem = "story-" + stem }
            var name = stem + ".html"
            var n = 2
            while used.contains(name.lowercased()) {
                name = "\(stem)-\(n).html"
                n += 1
            }
            used.insert(name.lowercased())
            return name
        }
    }
}
