#ifndef TOOLKIT_YAML_SHIM_H
#define TOOLKIT_YAML_SHIM_H
#include <yaml.h>
#endif
