"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTRPC } from "~/lib/trpc/client";

/**
 * Tells the server which lesson the partner is on (for the course's "Resume") once the player
 * is on screen: a mutation from the browser, because rendering the page must not write (it
 * may be prefetched). Renders nothing; a failure only leaves "Resume" one lesson behind.
 */
export function LessonOpened(props: { courseId: string; lessonId: string }) {
  const trpc = useTRPC();
  const { mutate } = useMutation(trpc.partner.academy.openLesson.mutationOptions());
  const { courseId, lessonId } = props;
  useEffect(() => {
    mutate({ courseId, lessonId });
  }, [mutate, courseId, lessonId]);
  return null;
}
