#include "HttpResponse.h"

// HttpResponse is a plain value; this unit exists so the type has a home in the library.
