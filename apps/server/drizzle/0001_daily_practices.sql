CREATE TABLE "practice_done" (
	"user_id" uuid NOT NULL,
	"practice" text NOT NULL,
	"local_date" text NOT NULL,
	CONSTRAINT "practice_done_user_id_practice_local_date_pk" PRIMARY KEY("user_id","practice","local_date")
);
--> statement-breakpoint
CREATE TABLE "push_subscriptions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"session_token_hash" text NOT NULL,
	"endpoint" text NOT NULL,
	"p256dh" text NOT NULL,
	"auth" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "push_subscriptions_session_token_hash_unique" UNIQUE("session_token_hash"),
	CONSTRAINT "push_subscriptions_endpoint_unique" UNIQUE("endpoint")
);
--> statement-breakpoint
CREATE TABLE "reminder_schedules" (
	"user_id" uuid NOT NULL,
	"practice" text NOT NULL,
	"time" text NOT NULL,
	"time_zone" text NOT NULL,
	"quiet_start" text,
	"quiet_end" text,
	"enabled" boolean NOT NULL,
	"next_due_at" timestamp with time zone,
	"last_sent_at" timestamp with time zone,
	CONSTRAINT "reminder_schedules_user_id_practice_pk" PRIMARY KEY("user_id","practice")
);
--> statement-breakpoint
CREATE TABLE "reveal_answers" (
	"couple_id" uuid NOT NULL,
	"tag" text NOT NULL,
	"author_id" uuid NOT NULL,
	"key_epoch" integer NOT NULL,
	"wrapped_dek" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reveal_answers_couple_id_tag_author_id_pk" PRIMARY KEY("couple_id","tag","author_id")
);
--> statement-breakpoint
ALTER TABLE "practice_done" ADD CONSTRAINT "practice_done_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "push_subscriptions" ADD CONSTRAINT "push_subscriptions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "push_subscriptions" ADD CONSTRAINT "push_subscriptions_session_token_hash_sessions_token_hash_fk" FOREIGN KEY ("session_token_hash") REFERENCES "public"."sessions"("token_hash") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_schedules" ADD CONSTRAINT "reminder_schedules_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reveal_answers" ADD CONSTRAINT "reveal_answers_couple_id_couples_id_fk" FOREIGN KEY ("couple_id") REFERENCES "public"."couples"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reveal_answers" ADD CONSTRAINT "reveal_answers_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "push_subscriptions_user_idx" ON "push_subscriptions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "reminder_schedules_due_idx" ON "reminder_schedules" USING btree ("next_due_at");--> statement-breakpoint
CREATE INDEX "reveal_answers_author_idx" ON "reveal_answers" USING btree ("author_id");