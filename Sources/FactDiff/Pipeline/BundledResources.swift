import Dispatch

/// The bundled gazetteer and lexicon, read and indexed before the first
/// story needs them. Reading a batch's files leaves a core idle, and the
/// first stories analysed waited for both tables to be built.
public enum BundledResources {
    /// Starts building them on another thread and returns at once; a stage
    /// that needs one before it is ready waits for it, as it would have
    /// built it.
    public static func loadInBackground() {
        DispatchQueue.global(qos: .userInitiated).async {
            _ = Gazetteer.bundled
            _ = StemCache.english
        }
    }
}
