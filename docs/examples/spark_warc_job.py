"""Spark job: parse the HTML pages of WARC files into an Article table (cc-pyspark style).

Like the jobs of Common Crawl's cc-pyspark, it takes a text file listing WARC paths, one per
line (a ``warc.paths`` listing), spreads the paths over ``--num_input_partitions`` tasks, and
writes one row per HTML response record to a table; each row holds the record's ``source``
(``path@offset``), its URL, an ``error`` (null unless the page failed) and the parsed
Article fields (schema: :func:`newsparse.spark.article_schema`)::

    spark-submit --master 'local[4]' docs/examples/spark_warc_job.py warc.paths articles

Paths may be local files, ``file:`` URIs or ``http(s)://`` URLs (streamed, never saved); for
``s3://`` pass an opener that uses boto3 (see :func:`open_warc`). Every executor needs
``pip install 'newsparse[warc,spark]'``.
"""

from __future__ import annotations

import argparse
import urllib.request
from collections.abc import Sequence
from typing import IO, Any, cast

from newsparse.spark import parse_warc_paths


def open_warc(path: str) -> IO[bytes]:
    """Open a WARC path on an executor: a local path, ``file:`` URI or ``http(s)://`` URL."""
    if path.startswith(("http://", "https://")):
        return cast("IO[bytes]", urllib.request.urlopen(path, timeout=60))  # noqa: S310
    return open(path.removeprefix("file:"), "rb")


class NewsparseWarcJob:
    """Parse the HTML records of WARC files listed in a text file into an Article table."""

    name = "NewsparseWarcJob"

    def parse_arguments(self, argv: Sequence[str] | None) -> argparse.Namespace:
        """Read the command line (cc-pyspark's argument names)."""
        parser = argparse.ArgumentParser(description=self.__doc__)
        parser.add_argument("input", help="text file listing WARC paths, one per line")
        parser.add_argument("output", help="output table (a directory)")
        parser.add_argument("--num_input_partitions", type=int, default=400)
        parser.add_argument("--num_output_partitions", type=int, default=10)
        parser.add_argument("--output_format", default="parquet", help="parquet, orc, json")
        parser.add_argument("--output_compression", default="gzip")
        parser.add_argument("--segments", action="store_true", help="keep labelled segments")
        return parser.parse_args(argv)

    def run(self, argv: Sequence[str] | None = None) -> None:
        """Build the session, parse every listed WARC, and write the table."""
        from pyspark.sql import SparkSession  # noqa: PLC0415 - spark-submit provides it

        args = self.parse_arguments(argv)
        spark = SparkSession.builder.appName(self.name).getOrCreate()
        try:
            self.run_job(spark, args)
        finally:
            spark.stop()

    def run_job(self, spark: Any, args: argparse.Namespace) -> None:
        """Map WARC paths to Article rows and write them."""
        paths = spark.sparkContext.textFile(args.input, minPartitions=args.num_input_partitions)
        paths = paths.map(str.strip).filter(bool)
        articles = parse_warc_paths(paths, segments=args.segments, opener=open_warc)
        (
            articles.coalesce(args.num_output_partitions)
            .write.format(args.output_format)
            .option("compression", args.output_compression)
            .mode("overwrite")
            .save(args.output)
        )


if __name__ == "__main__":
    NewsparseWarcJob().run()
