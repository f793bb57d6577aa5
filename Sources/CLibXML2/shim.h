#ifndef FACTDIFF_CLIBXML2_SHIM_H
#define FACTDIFF_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>

/* Debian's libxml2 is built with ICU, so its encoding.h includes the
 * system's <unicode/ucnv.h>. Foundation brings its own, newer ICU module,
 * and clang refuses two different definitions of UErrorCode in one build.
 * FactDiff never touches libxml2's encoding handlers, whose last two
 * pointer fields are all that the ICU switch changes, so it is turned off
 * for these declarations only; the library itself is unchanged. */
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>

/// `xmlFree` is a global function pointer, which Swift 6 refuses to call
/// ("not concurrency-safe"); this wrapper is a plain function.
static inline void factdiff_xmlFree(void *pointer) {
    xmlFree(pointer);
}

#endif
