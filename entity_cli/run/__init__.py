"""Run: the engines that take documents through the pipeline, in order: a local process
pool (``local``) or a Dask cluster (``dask``).
"""
