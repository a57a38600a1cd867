#ifndef TOOLKIT_STEMMER_SHIM_H
#define TOOLKIT_STEMMER_SHIM_H
#include <libstemmer.h>
#endif
