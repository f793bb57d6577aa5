import Foundation

/// Writes a report so that its final name only ever holds a complete file:
/// the bytes go to a temporary file in the same folder, which is then
/// renamed over the target (atomic on one file system).
///
/// A target that is a symbolic link is written through: the file it points
/// to is replaced, the link stays. A target that is not a regular file (a
/// device such as /dev/null or /dev/stdout, a pipe) is written to directly,
/// since renaming over it would replace the device itself.
///
/// With `inPlace: false` (the report folder), whatever is at the path other
/// than a directory, a link or a pipe included, is replaced by the new file,
/// so nothing is ever written outside the folder and nothing blocks.
///
/// Temporary files are named `.NAME.PID.RANDOM.tmp`; one left by a run that
/// was killed is removed by the next run that writes into the folder
/// (``removeStaleTemporaries(in:)``).
public enum ReportFile {
    public static func write(_ contents: String, to path: String, inPlace: Bool = true) throws(InputError) {
        guard !path.isEmpty else { throw InputError(path: "''", reason: .cannotWrite("an empty path names no file")) }
        var target = URL(fileURLWithPath: path)
        if inPlace, let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
            target = URL(fileURLWithPath: destination, relativeTo: target.deletingLastPathComponent()).standardizedFileURL
        }
        var status = stat()
        if (inPlace ? stat(target.path, &status) : lstat(target.path, &status)) == 0 {
            let type = status.st_mode & S_IFMT
            if type == S_IFDIR { throw InputError(path: path, reason: .cannotWrite("is a directory")) }
            if inPlace, type != S_IFREG { return try writeDirectly(contents, to: target.path, displayPath: path) }
        }
        let folder = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputError(path: path, reason: .cannotWrite("folder \(folder.path) does not exist"))
        }
        let temporary = folder.appendingPathComponent(
            ".\(target.lastPathComponent.prefix(120)).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).tmp")
        do {
            try Data(contents.utf8).write(to: temporary, options: .withoutOverwriting)
        } catch {
            throw InputError(path: path, reason: .cannotWrite((error as NSError).localizedFailureReason ?? "\(error)"))
        }
        if rename(temporary.path, target.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw InputError(path: path, reason: .cannotWrite(reason))
        }
    }

    /// Whether `name` is one of this module's temporary files, and the
    /// process that wrote it.
    static func temporaryOwner(_ name: String) -> pid_t? {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return nil }
        let parts = name.dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 4, UInt32(parts[parts.count - 1]) != nil, let pid = pid_t(parts[parts.count - 2]) else { return nil }
        return pid
    }

    /// Removes the temporary files in `folder` whose process is gone (a run
    /// killed mid-write); those of a run still writing are left alone.
    /// Returns how many were removed.
    @discardableResult
    public static func removeStaleTemporaries(in folder: String) -> Int {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return 0 }
        var removed = 0
        for name in names {
            guard let pid = temporaryOwner(name) else { continue }
            if pid == ProcessInfo.processInfo.processIdentifier { continue }
            if kill(pid, 0) == 0 || errno == EPERM { continue }  // still running
            if (try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name))) != nil {
                removed += 1
            }
        }
        return removed
    }

    private static func writeDirectly(_ contents: String, to target: String, displayPath: String) throws(InputError) {
        guard let handle = FileHandle(forWritingAtPath: target) else {
            throw InputError(path: displayPath, reason: .cannotWrite(String(cString: strerror(errno))))
        }
        do {
            try handle.write(contentsOf: Data(contents.utf8))
            try handle.close()
        } catch {
            throw InputError(path: displayPath, reason: .cannotWrite((error as NSError).localizedFailureReason ?? "\(error)"))
        }
    }
}
