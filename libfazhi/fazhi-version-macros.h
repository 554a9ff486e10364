/* fazhi-version-macros.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(FAZHI_INSIDE) && !defined(FAZHI_COMPILATION)
#  error "Only <fazhi.h> can be included directly."
#endif

#include <glib.h>

#include "fazhi-version.h"

#ifndef _FAZHI_EXTERN
#  define _FAZHI_EXTERN __attribute__ ((visibility ("default"))) extern
#endif

#define FAZHI_VERSION_1_0 (G_ENCODE_VERSION (1, 0))

#ifdef FAZHI_DISABLE_DEPRECATION_WARNINGS
#  define FAZHI_DEPRECATED        _FAZHI_EXTERN
#  define FAZHI_DEPRECATED_FOR(f) _FAZHI_EXTERN
#else
#  define FAZHI_DEPRECATED        G_DEPRECATED _FAZHI_EXTERN
#  define FAZHI_DEPRECATED_FOR(f) G_DEPRECATED_FOR (f) _FAZHI_EXTERN
#endif

#define FAZHI_AVAILABLE_IN_ALL _FAZHI_EXTERN
#define FAZHI_AVAILABLE_IN_1_0 _FAZHI_EXTERN
