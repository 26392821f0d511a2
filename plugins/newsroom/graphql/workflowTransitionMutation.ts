import { APIError, type CollectionSlug, type PayloadRequest } from 'payload'

import { transition } from '../transition/transition'

type GraphQLModule = typeof import('graphql')

/**
 * `workflowTransition(collection, id, to, note, assignee, expectedStage)`: the same transition
 * as the REST endpoint; refusals come back as errors with `extensions.statusCode`.
 */
export const workflowTransitionMutation = (GraphQL: GraphQLModule) => {
  const { GraphQLID, GraphQLNonNull, GraphQLObjectType, GraphQLString } = GraphQL
  return {
    type: new GraphQLObjectType({
      name: 'WorkflowTransitionResult',
      fields: {
        collection: { type: new GraphQLNonNull(GraphQLString) },
        id: { type: new GraphQLNonNull(GraphQLID) },
        from: { type: new GraphQLNonNull(GraphQLString) },
        to: { type: new GraphQLNonNull(GraphQLString) },
        eventId: { type: new GraphQLNonNull(GraphQLID) },
      },
    }),
    args: {
      collection: { type: new GraphQLNonNull(GraphQLString) },
      id: { type: new GraphQLNonNull(GraphQLID) },
      to: { type: new GraphQLNonNull(GraphQLString) },
      note: { type: GraphQLString },
      assignee: { type: GraphQLID },
      expectedStage: { type: GraphQLString },
    },
    resolve: async (
      _source: unknown,
      args: {
        collection: string
        id: string
        to: string
        note?: string | null
        assignee?: string | null
        expectedStage?: string | null
      },
      context: { req: PayloadRequest },
    ) => {
      const { req } = context
      if (!req.user) {
        throw new APIError(
          'Cần đăng nhập (log in to change a workflow stage).',
          401,
          undefined,
          true,
        )
      }
      return transition({
        payload: req.payload,
        collection: args.collection as CollectionSlug,
        id: args.id,
        to: args.to,
        note: args.note,
        assignee: args.assignee,
        expectedStage: args.expectedStage,
        user: req.user,
        req,
      })
    },
  }
}
