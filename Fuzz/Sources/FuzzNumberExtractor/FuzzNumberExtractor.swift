import FactDiff
import FuzzSupport

/// The number extractor (digits, number words, money, percentages, ages,
/// scores, units, hedges) over the sentences of any text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzInput.extract(NumberExtractor(), FuzzInput.text(data, size))
    return 0
}
