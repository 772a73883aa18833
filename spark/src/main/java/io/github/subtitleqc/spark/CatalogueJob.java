package io.github.subtitleqc.spark;

import io.github.subtitleqc.core.engine.ConfigurationException;

import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.report.Numbers;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.regexp_extract;

/**
 * The catalogue job: reads subtitle files from any Hadoop-compatible path with Spark's
 * {@code binaryFile} source, checks them in the executors with the core engine (one engine per
 * partition), decides the cross-file rules from the files' encoded summaries with one task per
 * rule, and writes two Parquet tables under the output directory:
 * <ul>
 *   <li>{@code findings}: file, format, language, profile, rule, severity, cue, line, column,
 *       message, value, limit — every finding, the cross-file rules' included, as the plugin's
 *       JSON report gives them ({@code cue} and {@code column} null where the JSON has null,
 *       {@code value} and {@code limit} rounded as there);</li>
 *   <li>{@code scores}: one row per file with its format, language, profile, encoding, cues,
 *       score, the points each rule took off ({@code costs}) and its counts of findings by
 *       severity (its own findings, as the JSON's).</li>
 * </ul>
 * A file is named by its path relative to the input directory it was found under (the file's
 * name when an input is a file), as the plugin names files relative to the project.
 */
public final class CatalogueJob {

    public static final StructType FINDINGS = new StructType(new StructField[]{
            DataTypes.createStructField("file", DataTypes.StringType, false),
            DataTypes.createStructField("format", DataTypes.StringType, true),
            DataTypes.createStructField("language", DataTypes.StringType, true),
            DataTypes.createStructField("profile", DataTypes.StringType, true),
            DataTypes.createStructField("rule", DataTypes.StringType, false),
            DataTypes.createStructField("severity", DataTypes.StringType, false),
            DataTypes.createStructField("cue", DataTypes.IntegerType, true),
            DataTypes.createStructField("line", DataTypes.IntegerType, false),
            DataTypes.createStructField("column", DataTypes.IntegerType, true),
            DataTypes.createStructField("message", DataTypes.StringType, false),
            DataTypes.createStructField("value", DataTypes.DoubleType, true),
            DataTypes.createStructField("limit", DataTypes.DoubleType, true)});

    /** A finding before its file's columns are joined to it (cross-file findings). */
    static final StructType BARE_FINDING = new StructType(java.util.Arrays.stream(FINDINGS.fields())
            .filter(f -> !List.of("format", "language", "profile").contains(f.name())).toArray(StructField[]::new));

    public static final StructType SCORES = new StructType(new StructField[]{
            DataTypes.createStructField("file", DataTypes.StringType, false),
            DataTypes.createStructField("format", DataTypes.StringType, true),
            DataTypes.createStructField("language", DataTypes.StringType, true),
            DataTypes.createStructField("profile", DataTypes.StringType, true),
            DataTypes.createStructField("profile_reason", DataTypes.StringType, true),
            DataTypes.createStructField("encoding", DataTypes.StringType, true),
            DataTypes.createStructField("cues", DataTypes.IntegerType, false),
            DataTypes.createStructField("score", DataTypes.DoubleType, false),
            DataTypes.createStructField("costs", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType), false),
            DataTypes.createStructField("errors", DataTypes.LongType, false),
            DataTypes.createStructField("warnings", DataTypes.LongType, false),
            DataTypes.createStructField("infos", DataTypes.LongType, false)});

    static final StructType SUMMARY = new StructType(new StructField[]{
            DataTypes.createStructField("rule", DataTypes.IntegerType, false),
            DataTypes.createStructField("file", DataTypes.StringType, false),
            DataTypes.createStructField("summary", DataTypes.BinaryType, false)});

    /** One file checked: its scores row, its own findings, its cross-file summaries. */
    static final StructType CHECKED = new StructType(new StructField[]{
            DataTypes.createStructField("scores", SCORES, false),
            DataTypes.createStructField("findings", new ArrayType(FINDINGS, false), false),
            DataTypes.createStructField("summaries", new ArrayType(SUMMARY, false), false)});

    private CatalogueJob() {
    }

    /** {@code spark-submit ... subtitle-qc-spark-job.jar [--config FILE] [options] INPUT... --output DIR}. */
    public static void main(String[] args) {
        JobSettings settings;
        try {
            settings = JobSettings.parse(args);
        } catch (IllegalArgumentException | UncheckedIOException | ConfigurationException e) {
            System.err.println("subtitle-qc: " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("subtitle-qc catalogue").getOrCreate();
        try {
            Result r = run(spark, settings);
            System.out.println("subtitle-qc: " + r.files() + " files checked, " + r.findings() + " findings; tables in "
                    + settings.output + "/findings and " + settings.output + "/scores");
        } finally {
            spark.stop();
        }
    }

    /** What a run wrote: how many files and findings. */
    public record Result(long files, long findings) {
    }

    /** Runs the job: checks the inputs and writes the tables under {@code settings.output}. */
    public static Result run(SparkSession spark, JobSettings settings) {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        settings.loadGlossaries(path -> read(hadoop, path));
        // the configuration is checked here once, before any executor starts on it
        Engine onDriver;
        try {
            onDriver = engine(settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> roots = new ArrayList<>();
        for (String input : settings.inputs) {
            roots.add(root(hadoop, input));
        }

        String extensions = String.join("|", JobSettings.EXTENSIONS);
        Dataset<Row> files = spark.read().format("binaryFile").option("recursiveFileLookup", "true")
                .load(settings.inputs.toArray(String[]::new))
                .filter(lower(regexp_extract(col("path"), "\\.([^./]+)$", 1)).rlike("^(" + extensions + ")$"))
                .select("path", "content");
        if (settings.partitions > 0) {
            files = files.repartition(settings.partitions);
        }

        Dataset<Row> checked = files.mapPartitions(new CheckPartition(settings, roots), Encoders.row(CHECKED))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> scores = checked.select(col("scores.*"));
            Dataset<Row> own = checked.select(explode(col("findings")).as("f")).select(col("f.*"));
            Dataset<Row> summaries = checked.select(explode(col("summaries")).as("s")).select(col("s.*"));

            // the cross-file rules: all of one rule's summaries to one task, in the plugin's file order
            int rules = Math.max(1, onDriver.crossFileRuleIds().size());
            Dataset<Row> decided = summaries.repartition(rules, col("rule")).sortWithinPartitions("rule", "file")
                    .mapPartitions(new DecidePartition(settings), Encoders.row(BARE_FINDING));
            Dataset<Row> across = decided.join(scores.select("file", "format", "language", "profile"), "file")
                    .select(java.util.Arrays.stream(FINDINGS.fieldNames()).map(n -> col(n)).toArray(org.apache.spark.sql.Column[]::new));

            Dataset<Row> findings = own.unionByName(across);
            findings.write().mode(SaveMode.Overwrite).parquet(settings.output + "/findings");
            scores.write().mode(SaveMode.Overwrite).parquet(settings.output + "/scores");
            long n = spark.read().parquet(settings.output + "/scores").count();
            long f = spark.read().parquet(settings.output + "/findings").count();
            return new Result(n, f);
        } finally {
            checked.unpersist();
        }
    }

    /** A small file (a glossary) read whole through Hadoop. */
    private static byte[] read(Configuration hadoop, String path) {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
        try (InputStream in = p.getFileSystem(hadoop).open(p)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the glossary " + path + ": " + e.getMessage(), e);
        }
    }

    /** The qualified directory files under {@code input} are named relative to (its parent for a file). */
    private static String root(Configuration hadoop, String input) {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(input);
        try {
            FileSystem fs = p.getFileSystem(hadoop);
            org.apache.hadoop.fs.Path q = fs.makeQualified(p);
            if (fs.getFileStatus(q).isFile()) {
                q = q.getParent();
            }
            String s = q.toString();
            return s.endsWith("/") ? s : s + "/";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + input + ": " + e.getMessage(), e);
        }
    }

    /** The path reports name a file by: relative to the longest input root it is under. */
    static String display(String path, List<String> roots) {
        String best = null;
        for (String r : roots) {
            if (path.startsWith(r) && (best == null || r.length() > best.length())) {
                best = r;
            }
        }
        return best == null ? path : path.substring(best.length());
    }

    /** Checks a partition's files with one engine. */
    static final class CheckPartition implements MapPartitionsFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final JobSettings settings;
        private final List<String> roots;

        CheckPartition(JobSettings settings, List<String> roots) {
            this.settings = settings;
            this.roots = roots;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> input) throws IOException {
            Engine engine = engine(settings);
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return input.hasNext();
                }

                @Override
                public Row next() {
                    Row in = input.next();
                    String file = display(in.getString(0), roots);
                    Engine.Summarised s = engine.checkForCrossFile(file, (byte[]) in.get(1));
                    return checked(s);
                }
            };
        }
    }

    /**
     * Decides the cross-file rules: a partition holds all the summaries of the rules hashed to it,
     * sorted by rule and file (Spark sorts them, spilling to disk as it needs); each rule's go to
     * the engine one at a time, which spills them too.
     */
    static final class DecidePartition implements MapPartitionsFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final JobSettings settings;

        DecidePartition(JobSettings settings) {
            this.settings = settings;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> input) throws IOException {
            if (!input.hasNext()) {
                return java.util.Collections.emptyIterator();
            }
            Engine engine = engine(settings);
            List<Row> out = new ArrayList<>();
            int rule = -1;
            Engine.CrossFileDecision decision = null;
            try {
                while (input.hasNext()) {
                    Row r = input.next();
                    if (r.getInt(0) != rule) {
                        decide(decision, out);
                        rule = r.getInt(0);
                        decision = engine.decideCrossFile(rule);
                    }
                    decision.add(r.getString(1), (byte[]) r.get(2));
                }
                decide(decision, out);
            } finally {
                if (decision != null) {
                    decision.close();
                }
            }
            return out.iterator();
        }

        /** The rule's findings to {@code out}; the decision is closed. */
        private static void decide(Engine.CrossFileDecision decision, List<Row> out) throws IOException {
            if (decision == null) {
                return;
            }
            try (decision) {
                for (Finding f : decision.finish()) {
                    out.add(RowFactory.create(f.file(), f.ruleId(), f.severity().id(), positive(f.cue()), f.line(),
                            positive(f.column()), f.message(), rounded(f.value()), rounded(f.limit())));
                }
            }
        }
    }

    /** An engine for this task, its glossaries in a directory of its own. */
    static Engine engine(JobSettings settings) throws IOException {
        Path dir = Files.createTempDirectory("subtitle-qc-glossaries");
        dir.toFile().deleteOnExit();
        return Engine.withDiscoveredRules(settings.engineConfig(dir), CatalogueJob.class.getClassLoader());
    }

    static Row checked(Engine.Summarised s) {
        FileResult r = s.result();
        Map<String, Double> costs = new LinkedHashMap<>(r.score().costs());
        Row scores = RowFactory.create(r.path(), r.format(), r.language(), r.profile(), r.profileReason(), r.encoding(),
                r.cues(), r.score().value(), scala.jdk.javaapi.CollectionConverters.asScala(costs),
                r.count(Severity.ERROR), r.count(Severity.WARNING), r.count(Severity.INFO));
        List<Row> findings = new ArrayList<>(r.findings().size());
        for (Finding f : r.findings()) {
            findings.add(RowFactory.create(f.file(), r.format(), r.language(), r.profile(), f.ruleId(), f.severity().id(),
                    positive(f.cue()), f.line(), positive(f.column()), f.message(), rounded(f.value()), rounded(f.limit())));
        }
        List<Row> summaries = new ArrayList<>();
        for (int i = 0; i < s.summaries().size(); i++) {
            if (s.summaries().get(i) != null) {
                summaries.add(RowFactory.create(i, r.path(), s.summaries().get(i)));
            }
        }
        return RowFactory.create(scores, scala.jdk.javaapi.CollectionConverters.asScala(findings).toSeq(),
                scala.jdk.javaapi.CollectionConverters.asScala(summaries).toSeq());
    }

    /** Null where the JSON report writes null (no cue, no column). */
    private static Integer positive(int n) {
        return n > 0 ? n : null;
    }

    /** As the JSON report writes a value. */
    private static Double rounded(Double v) {
        return v == null ? null : Numbers.round(v, 3);
    }
}
