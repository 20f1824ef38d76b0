import { Avatar, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ApiError } from '../../api/api-error.js';
import type { Comment } from '../../api/types.js';
import { useAddComment } from './use-result.js';
import { formatDateTime } from './vocabulary.js';

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');

/** The discussion on a control result, oldest first, and a form for members who may comment (auditors too). */
export function CommentsPanel({
  resultId,
  comments,
  canComment,
  memberName,
}: {
  resultId: string;
  comments: readonly Comment[];
  canComment: boolean;
  memberName: (id: string | null) => string;
}) {
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = useAddComment(resultId);

  const submit = async () => {
    if (!body.trim()) {
      setError('Write a comment first.');
      return;
    }
    try {
      await add.mutateAsync(body);
      setBody('');
      setError(null);
    } catch (err) {
      const e = err instanceof ApiError ? err : null;
      setError(e?.fieldErrors.body ?? null);
      notifications.show({
        color: 'red',
        title: e ? e.message : 'The comment was not saved',
        message: e?.hint || 'Your text is still in the box; try again.',
      });
    }
  };

  return (
    <Stack gap="sm">
      {comments.length === 0 ? (
        <Text size="sm" c="dimmed">
          No comments yet.{canComment ? ' Ask a question or record a finding below.' : ''}
        </Text>
      ) : (
        <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
          {comments.map((c) => {
            const name = memberName(c.authorId);
            return (
              <Paper key={c.id} component="li" withBorder p="xs" radius="md">
                <Group gap="xs" mb={4} wrap="nowrap">
                  <Avatar size="sm" radius="xl" color="blue" aria-hidden>
                    {initials(name)}
                  </Avatar>
                  <Text size="sm" fw={600}>
                    {name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(c.createdAt)}
                  </Text>
                </Group>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                  {c.body}
                </Text>
              </Paper>
            );
          })}
        </Stack>
      )}
      {canComment ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <Textarea
            label="Add a comment"
            placeholder="Question, finding or note for the team"
            autosize
            minRows={2}
            maxRows={8}
            value={body}
            error={error}
            onChange={(e) => {
              setBody(e.currentTarget.value);
              if (error) setError(null);
            }}
          />
          <Group justify="flex-end" mt="xs">
            <Button type="submit" size="xs" loading={add.isPending}>
              Comment
            </Button>
          </Group>
        </form>
      ) : null}
    </Stack>
  );
}
