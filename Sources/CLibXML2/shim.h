#ifndef FACTDIFF_CLIBXML2_SHIM_H
#define FACTDIFF_CLIBXML2_SHIM_H

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
