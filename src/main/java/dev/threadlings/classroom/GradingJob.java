package dev.threadlings.classroom;

import dev.threadlings.course.Exercise;
import java.nio.file.Path;

/** One file to grade: a submission's file for one exercise. */
public record GradingJob(Submission submission, Exercise exercise, Path file) {}
