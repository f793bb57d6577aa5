// Snowball's C stemmers as Debian ships them (libstemmer-dev). libstemmer has
// no pkg-config file, so the header is found on the default include path.
#include <libstemmer.h>
