"""The version of the ask engine's rules, in a module of its own so a cache check imports nothing else."""

# Bump when any rule changes: cached readings and reports from another version are discarded.
ENGINE_VERSION = "21"
