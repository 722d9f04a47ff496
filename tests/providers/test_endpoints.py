"""The loopback endpoints behave like the providers, as seen through the real provider clients.

Every case goes through `langchain-openai` / `langchain-anthropic` (or their SDKs for requests
LangChain never builds), so what these tests pin is what the project's own tests can rely on.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from typing import Any, cast

import anthropic
import httpx
import openai
import pytest
from langchain_anthropic import ChatAnthropic
from langchain_core.messages import (
    AIMessage,
    AIMessageChunk,
    BaseMessage,
    HumanMessage,
    SystemMessage,
    ToolMessage,
)
from langchain_core.tools import tool
from langchain_openai import ChatOpenAI

from tests.providers.conftest import ANTHROPIC_KEY, OPENAI_KEY
from tests.providers.endpoints import (
    AnthropicEndpoint,
    Error,
    OpenAIEndpoint,
    Reply,
    Slow,
    Stall,
    ToolCall,
)

GPT = "gpt-4o-mini"
CLAUDE = "claude-sonnet-4-5"


@tool
def weather(city: str) -> str:
    """The weather in a city."""
    return f"sunny in {city}"


def _gpt(endpoint: OpenAIEndpoint, **kwargs: Any) -> ChatOpenAI:
    options: dict[str, Any] = {"api_key": OPENAI_KEY, "max_retries": 0, **kwargs}
    return ChatOpenAI(model=options.pop("model", GPT), base_url=endpoint.url, **options)


def _claude(endpoint: AnthropicEndpoint, **kwargs: Any) -> ChatAnthropic:
    options: dict[str, Any] = {"api_key": ANTHROPIC_KEY, "max_retries": 0, **kwargs}
    return ChatAnthropic(model=options.pop("model", CLAUDE), base_url=endpoint.url, **options)


def _chunks(stream: Iterable[BaseMessage]) -> list[AIMessageChunk]:
    chunks = list(stream)
    assert chunks and all(isinstance(c, AIMessageChunk) for c in chunks), chunks
    return cast(list[AIMessageChunk], chunks)


def _join(stream: Iterable[BaseMessage]) -> AIMessageChunk:
    chunks = _chunks(stream)
    total = chunks[0]
    for chunk in chunks[1:]:
        total = total + chunk
    return total


# --- OpenAI through ChatOpenAI ----------------------------------------------------------------


def test_openai_invoke_answers_the_scripted_text_with_its_usage(openai_endpoint: OpenAIEndpoint) -> None:
    openai_endpoint.script(GPT, Reply("Paris is the capital.", usage=(12, 5)))

    answer = _gpt(openai_endpoint).invoke([SystemMessage("Be brief."), HumanMessage("Capital of France?")])

    assert answer.content == "Paris is the capital."
    assert answer.usage_metadata is not None
    assert (answer.usage_metadata["input_tokens"], answer.usage_metadata["output_tokens"]) == (12, 5)
    assert answer.response_metadata["finish_reason"] == "stop"
    (request,) = openai_endpoint.requests
    assert (request.method, request.path) == ("POST", "/v1/chat/completions")
    assert request.headers["authorization"] == f"Bearer {OPENAI_KEY}"
    assert request.body["messages"] == [{"role": "system", "content": "Be brief."},
                                        {"role": "user", "content": "Capital of France?"}]
    assert request.status == 200 and request.request_id.startswith("req_")
    assert openai_endpoint.pending(GPT) == 0


def test_openai_unscripted_models_say_ok_and_responders_see_the_body(
        openai_endpoint: OpenAIEndpoint) -> None:
    model = _gpt(openai_endpoint)
    assert model.invoke("hello").content == "ok"

    openai_endpoint.respond_with(GPT, lambda body: Reply(f"echo: {body['messages'][-1]['content']}"))
    openai_endpoint.script(GPT, Reply("first"))
    assert [model.invoke("a").content, model.invoke("b").content] == ["first", "echo: b"]
    sent = [r.body["messages"][-1]["content"] for r in openai_endpoint.requests_for(GPT)]
    assert sent == ["hello", "a", "b"]
    assert openai_endpoint.requests_for("other-model") == []


async def test_openai_astream_sends_text_in_several_chunks_without_usage_unless_asked(
        openai_endpoint: OpenAIEndpoint) -> None:
    openai_endpoint.script(GPT, Reply("one two three four", usage=(9, 4)))

    chunks = [chunk async for chunk in _gpt(openai_endpoint).astream("count")]

    assert len([c for c in chunks if c.content]) >= 3
    assert _join(chunks).content == "one two three four"
    # ChatOpenAI only asks for streamed usage against OpenAI's own URL; here nothing asked for it.
    assert _join(chunks).usage_metadata is None
    assert "stream_options" not in openai_endpoint.requests[-1].body


def test_openai_stream_usage_arrives_in_a_final_chunk_when_asked(openai_endpoint: OpenAIEndpoint) -> None:
    openai_endpoint.script(GPT, Reply("streamed", usage=(9, 4)))

    total = _join(_gpt(openai_endpoint, stream_usage=True).stream("hi"))

    assert openai_endpoint.requests[-1].body["stream_options"] == {"include_usage": True}
    assert total.content == "streamed"
    assert total.usage_metadata is not None
    assert (total.usage_metadata["input_tokens"], total.usage_metadata["output_tokens"]) == (9, 4)


def test_openai_tool_call_round_trip_with_a_tool_message(openai_endpoint: OpenAIEndpoint) -> None:
    openai_endpoint.script(GPT, Reply(tool_calls=[ToolCall("weather", '{"city": "Paris"}')]),
                           Reply("It is sunny in Paris."))
    model = _gpt(openai_endpoint).bind_tools([weather])

    question = HumanMessage("Weather in Paris?")
    call = model.invoke([question])
    assert call.response_metadata["finish_reason"] == "tool_calls"
    (tool_call,) = call.tool_calls
    assert (tool_call["name"], tool_call["args"]) == ("weather", {"city": "Paris"})
    assert str(tool_call["id"]).startswith("call_")
    result = weather.invoke(tool_call)
    final = model.invoke([question, call, result])

    assert final.content == "It is sunny in Paris."
    sent = openai_endpoint.requests[-1].body
    assert sent["tools"][0]["function"]["name"] == "weather"
    assert sent["messages"][-1] == {"role": "tool", "tool_call_id": tool_call["id"],
                                    "content": "sunny in Paris"}


def test_openai_streamed_tool_call_arrives_in_pieces_and_is_assembled(
        openai_endpoint: OpenAIEndpoint) -> None:
    openai_endpoint.script(GPT, Reply("Checking.", tool_calls=[ToolCall("weather", '{"city": "Oslo"}',
                                                                        id="call_fixed")]))

    chunks = _chunks(_gpt(openai_endpoint).bind_tools([weather]).stream("Weather in Oslo?"))

    pieces = [c for chunk in chunks for c in chunk.tool_call_chunks]
    assert len(pieces) > 2 and pieces[0]["id"] == "call_fixed" and pieces[0]["name"] == "weather"
    total = _join(chunks)
    assert total.content == "Checking."
    assert total.tool_calls == [{"name": "weather", "args": {"city": "Oslo"}, "id": "call_fixed",
                                 "type": "tool_call"}]


def test_openai_malformed_arguments_land_in_invalid_tool_calls(openai_endpoint: OpenAIEndpoint) -> None:
    openai_endpoint.script(GPT, Reply(tool_calls=[ToolCall("weather", '{"city": "Par')]),
                           Reply(tool_calls=[ToolCall("weather", '{"city": Paris}')]),
                           Reply(tool_calls=[ToolCall("weather", '{"city": "Par')]))
    model = _gpt(openai_endpoint).bind_tools([weather])

    answer = model.invoke("Weather?")
    assert answer.tool_calls == []
    (invalid,) = answer.invalid_tool_calls
    assert (invalid["name"], invalid["args"]) == ("weather", '{"city": "Par')

    streamed = _join(model.stream("Weather?"))
    assert streamed.tool_calls == []
    assert [c["args"] for c in streamed.invalid_tool_calls] == ['{"city": Paris}']

    # Streaming parses partial JSON, so merely truncated arguments are silently completed.
    repaired = _join(model.stream("Weather?"))
    assert repaired.tool_calls[0]["args"] == {"city": "Par"}


def test_openai_accepts_an_invalid_tool_call_answered_in_history(openai_endpoint: OpenAIEndpoint) -> None:
    openai_endpoint.script(GPT, Reply(tool_calls=[ToolCall("weather", "not json")]), Reply("sorry"))
    model = _gpt(openai_endpoint).bind_tools([weather])
    question = HumanMessage("Weather?")
    broken = model.invoke([question])
    (invalid,) = broken.invalid_tool_calls

    answer = model.invoke([question, broken, ToolMessage("invalid arguments", tool_call_id=invalid["id"])])

    assert answer.content == "sorry"
    resent = openai_endpoint.requests[-1].body["messages"][1]
    assert resent["tool_calls"][0]["function"]["arguments"] == "not json"


def test_openai_rejects_tool_calls_not_followed_by_tool_messages(openai_endpoint: OpenAIEndpoint) -> None:
    openai_endpoint.script(GPT, Reply("never sent"))
    calling = AIMessage("", tool_calls=[{"name": "weather", "args": {"city": "Rome"}, "id": "call_a"},
                                        {"name": "weather", "args": {"city": "Nice"}, "id": "call_b"}])
    history = [HumanMessage("Weather?"), calling, ToolMessage("sunny", tool_call_id="call_a"),
               HumanMessage("and?")]

    with pytest.raises(openai.BadRequestError) as caught:
        _gpt(openai_endpoint).invoke(history)

    error = caught.value
    assert error.status_code == 400
    assert "must be followed by tool messages responding to each 'tool_call_id'" in error.message
    assert "call_b" in error.message and "call_a" not in error.message.split("messages:")[-1]
    assert isinstance(error.body, dict) and error.body["type"] == "invalid_request_error"
    assert openai_endpoint.pending(GPT) == 1, "a rejected request must not consume the script"
    assert openai_endpoint.requests[-1].step is None


def test_openai_rejects_a_tool_message_answering_nothing(openai_endpoint: OpenAIEndpoint) -> None:
    history = [HumanMessage("Weather?"), AIMessage("Let me check."),
               ToolMessage("sunny", tool_call_id="call_ghost")]

    with pytest.raises(openai.BadRequestError, match="must be a response to a preceeding message"):
        _gpt(openai_endpoint).invoke(history)


def test_openai_sdk_requests_langchain_never_builds_are_rejected_too(openai_endpoint: OpenAIEndpoint) -> None:
    client = openai.OpenAI(base_url=openai_endpoint.url, api_key=OPENAI_KEY, max_retries=0)
    object_arguments: Any = [
        {"role": "user", "content": "hi"},
        {"role": "assistant", "tool_calls": [{"id": "call_x", "type": "function",
                                               "function": {"name": "weather", "arguments": {"city": "X"}}}]},
        {"role": "tool", "tool_call_id": "call_x", "content": "sunny"}]

    with pytest.raises(openai.BadRequestError) as caught:
        client.chat.completions.create(model=GPT, messages=object_arguments)
    assert caught.value.code == "invalid_type" and "expected a string" in caught.value.message
    with pytest.raises(openai.BadRequestError) as caught:
        client.chat.completions.create(model=GPT, messages=[])
    assert caught.value.code == "empty_array"
    with pytest.raises(openai.BadRequestError, match="must provide a model"):
        client.chat.completions.create(model="", messages=[{"role": "user", "content": "hi"}])


def test_openai_wrong_key_is_401_invalid_api_key(openai_endpoint: OpenAIEndpoint) -> None:
    with pytest.raises(openai.AuthenticationError) as caught:
        _gpt(openai_endpoint, api_key="sk-wrong-key-123").invoke("hi")

    assert caught.value.status_code == 401 and caught.value.code == "invalid_api_key"
    assert "sk-wrong-key-123" not in caught.value.message, "keys are shown masked, as OpenAI does"
    assert openai_endpoint.requests[-1].step is None


def test_openai_429_exposes_retry_after_and_request_id(openai_endpoint: OpenAIEndpoint) -> None:
    openai_endpoint.script(GPT, Error(429, headers={"Retry-After": "30"}), Reply("later"))
    model = _gpt(openai_endpoint)

    with pytest.raises(openai.RateLimitError) as caught:
        model.invoke("hi")

    error = caught.value
    assert error.response.headers["retry-after"] == "30"
    assert error.code == "rate_limit_exceeded"
    assert error.request_id == openai_endpoint.requests[-1].request_id
    assert error.response.headers["x-request-id"] == error.request_id
    assert model.invoke("hi").content == "later"


def test_openai_server_errors_and_unknown_models(openai_endpoint: OpenAIEndpoint) -> None:
    openai_endpoint.script(GPT, Error(500), Error(503, "busy"))
    with pytest.raises(openai.InternalServerError) as caught:
        _gpt(openai_endpoint).invoke("hi")
    assert caught.value.status_code == 500 and caught.value.type == "server_error"
    with pytest.raises(openai.InternalServerError, match="busy"):
        _gpt(openai_endpoint).invoke("hi")

    with OpenAIEndpoint(models=[GPT]) as listed:
        with pytest.raises(openai.NotFoundError) as missing:
            _gpt(listed, model="gpt-nope").invoke("hi")
        assert missing.value.code == "model_not_found"
        assert _gpt(listed).invoke("hi").content == "ok"
        listing = openai.OpenAI(base_url=listed.url, api_key="sk-any", max_retries=0).models.list()
        assert [m.id for m in listing] == [GPT]


def test_openai_logprobs_only_when_asked(openai_endpoint: OpenAIEndpoint) -> None:
    openai_endpoint.script(GPT, Reply("hello world", logprobs=[-0.1, -0.2]),
                           Reply("hello world", logprobs=[-0.1, -0.2]),
                           Reply("hello world", logprobs=[-0.1, -0.2]))

    plain = _gpt(openai_endpoint).invoke("hi")
    asked = _gpt(openai_endpoint, logprobs=True).invoke("hi")
    streamed = _join(_gpt(openai_endpoint, logprobs=True).stream("hi"))

    assert plain.response_metadata.get("logprobs") is None
    assert [t["logprob"] for t in asked.response_metadata["logprobs"]["content"]] == [-0.1, -0.2]
    assert "".join(t["token"] for t in asked.response_metadata["logprobs"]["content"]) == "hello world"
    assert [t["logprob"] for t in streamed.response_metadata["logprobs"]["content"]] == [-0.1, -0.2]


def test_openai_omitted_usage_leaves_usage_metadata_empty(openai_endpoint: OpenAIEndpoint) -> None:
    openai_endpoint.script(GPT, Reply("no count", usage=None), Reply("no count", usage=None))

    assert _gpt(openai_endpoint).invoke("hi").usage_metadata is None
    assert _join(_gpt(openai_endpoint, stream_usage=True).stream("hi")).usage_metadata is None


def test_openai_stall_ends_in_a_client_timeout(openai_endpoint: OpenAIEndpoint) -> None:
    openai_endpoint.script(GPT, Stall(), Stall())
    model = _gpt(openai_endpoint, timeout=0.2)

    with pytest.raises(openai.APITimeoutError):
        model.invoke("hi")
    with pytest.raises(openai.APITimeoutError):
        list(model.stream("hi"))
    assert [r.status for r in openai_endpoint.requests] == [None, None]


def test_openai_slow_answers_within_the_timeout_and_times_out_beyond_it(
        openai_endpoint: OpenAIEndpoint) -> None:
    openai_endpoint.script(GPT, Slow(0.05, Reply("late but here")), Slow(5, Reply("too late")))
    model = _gpt(openai_endpoint, timeout=1)

    assert model.invoke("hi").content == "late but here"
    with pytest.raises(openai.APITimeoutError):
        _gpt(openai_endpoint, timeout=0.1).invoke("hi")


# --- Anthropic through ChatAnthropic ----------------------------------------------------------


def test_anthropic_invoke_answers_with_usage_and_a_top_level_system(
        anthropic_endpoint: AnthropicEndpoint) -> None:
    anthropic_endpoint.script(CLAUDE, Reply("Bonjour.", usage=(20, 3)))

    answer = _claude(anthropic_endpoint).invoke([SystemMessage("Answer in French."), HumanMessage("Hello")])

    assert answer.content == "Bonjour."
    assert answer.usage_metadata is not None
    assert (answer.usage_metadata["input_tokens"], answer.usage_metadata["output_tokens"]) == (20, 3)
    assert answer.response_metadata["stop_reason"] == "end_turn"
    (request,) = anthropic_endpoint.requests
    assert request.path == "/v1/messages"
    assert request.headers["anthropic-version"]
    assert request.body["system"] == "Answer in French."
    assert request.body["messages"] == [{"role": "user", "content": "Hello"}]
    assert isinstance(request.body["max_tokens"], int)


async def test_anthropic_astream_text_chunks_and_usage(anthropic_endpoint: AnthropicEndpoint) -> None:
    anthropic_endpoint.script(CLAUDE, Reply("un deux trois quatre", usage=(11, 4)))

    chunks = [chunk async for chunk in _claude(anthropic_endpoint).astream("count")]

    assert len([c for c in chunks if c.content]) >= 3
    total = _join(chunks)
    assert total.content == "un deux trois quatre"
    assert total.usage_metadata is not None
    assert (total.usage_metadata["input_tokens"], total.usage_metadata["output_tokens"]) == (11, 4)
    assert anthropic_endpoint.requests[-1].body["stream"] is True


def test_anthropic_tool_use_round_trip_with_a_tool_result(anthropic_endpoint: AnthropicEndpoint) -> None:
    anthropic_endpoint.script(CLAUDE,
                              Reply("Let me look.", tool_calls=[ToolCall("weather", '{"city": "Lima"}')]),
                              Reply("Sunny in Lima."))
    model = _claude(anthropic_endpoint).bind_tools([weather])

    question = HumanMessage("Weather in Lima?")
    call = model.invoke([question])
    assert call.response_metadata["stop_reason"] == "tool_use"
    (tool_call,) = call.tool_calls
    assert (tool_call["name"], tool_call["args"]) == ("weather", {"city": "Lima"})
    assert str(tool_call["id"]).startswith("toolu_")
    final = model.invoke([question, call, weather.invoke(tool_call)])

    assert final.content == "Sunny in Lima."
    sent = anthropic_endpoint.requests[-1].body
    assert sent["tools"][0]["name"] == "weather"
    (result,) = sent["messages"][-1]["content"]
    assert (result["type"], result["tool_use_id"]) == ("tool_result", tool_call["id"])


def test_anthropic_streamed_tool_use_and_malformed_input(anthropic_endpoint: AnthropicEndpoint) -> None:
    anthropic_endpoint.script(CLAUDE, Reply(tool_calls=[ToolCall("weather", '{"city": "Kyiv"}')]),
                              Reply(tool_calls=[ToolCall("weather", '{"city": Kyiv}')]))
    model = _claude(anthropic_endpoint).bind_tools([weather])

    good = _join(model.stream("Weather?"))
    bad = _join(model.stream("Weather?"))

    assert [(c["name"], c["args"]) for c in good.tool_calls] == [("weather", {"city": "Kyiv"})]
    assert bad.tool_calls == []
    assert [c["args"] for c in bad.invalid_tool_calls] == ['{"city": Kyiv}']


def test_anthropic_malformed_input_cannot_be_sent_without_streaming(
        anthropic_endpoint: AnthropicEndpoint) -> None:
    anthropic_endpoint.script(CLAUDE, Reply(tool_calls=[ToolCall("weather", '{"city": Kyiv}')]))

    with pytest.raises(anthropic.InternalServerError, match="test endpoint fault"):
        _claude(anthropic_endpoint).bind_tools([weather]).invoke("Weather?")
    assert len(anthropic_endpoint.faults) == 1
    anthropic_endpoint.faults.clear()


def test_anthropic_rejects_tool_use_without_tool_result(anthropic_endpoint: AnthropicEndpoint) -> None:
    anthropic_endpoint.script(CLAUDE, Reply("never sent"))
    calling = AIMessage("", tool_calls=[{"name": "weather", "args": {"city": "Rome"}, "id": "toolu_01a"}])

    with pytest.raises(anthropic.BadRequestError) as caught:
        _claude(anthropic_endpoint).invoke([HumanMessage("Weather?"), calling, HumanMessage("and?")])

    error = caught.value
    assert ("`tool_use` ids were found without `tool_result` blocks immediately after: toolu_01a"
            in error.message)
    assert error.type == "invalid_request_error"
    assert error.request_id == anthropic_endpoint.requests[-1].request_id
    assert anthropic_endpoint.pending(CLAUDE) == 1


def test_anthropic_rejects_a_tool_result_answering_nothing(anthropic_endpoint: AnthropicEndpoint) -> None:
    history = [HumanMessage("Weather?"), AIMessage("Let me check."),
               ToolMessage("sunny", tool_call_id="toolu_01ghost")]

    with pytest.raises(anthropic.BadRequestError, match="unexpected `tool_use_id` found in `tool_result`"):
        _claude(anthropic_endpoint).invoke(history)


def test_anthropic_merges_consecutive_turns_like_the_api(anthropic_endpoint: AnthropicEndpoint) -> None:
    client = anthropic.Anthropic(base_url=anthropic_endpoint.url, api_key=ANTHROPIC_KEY, max_retries=0)

    answer = client.messages.create(model=CLAUDE, max_tokens=10, messages=[
        {"role": "user", "content": "one"}, {"role": "user", "content": "two"}])

    assert answer.content[0].type == "text"
    # The SDK insists on max_tokens itself, so ask without it by hand.
    bare = httpx.post(f"{anthropic_endpoint.url}/v1/messages",
                      headers={"x-api-key": ANTHROPIC_KEY, "anthropic-version": "2023-06-01"},
                      json={"model": CLAUDE, "messages": [{"role": "user", "content": "x"}]})
    assert (bare.status_code, bare.json()["error"]["message"]) == (400, "max_tokens: Field required")


def test_anthropic_wrong_key_and_missing_version(anthropic_endpoint: AnthropicEndpoint) -> None:
    with pytest.raises(anthropic.AuthenticationError) as caught:
        _claude(anthropic_endpoint, api_key="sk-ant-wrong").invoke("hi")
    assert caught.value.type == "authentication_error"

    bare = httpx.post(f"{anthropic_endpoint.url}/v1/messages", headers={"x-api-key": ANTHROPIC_KEY},
                      json={"model": CLAUDE, "max_tokens": 5, "messages": [{"role": "user", "content": "x"}]})
    assert bare.status_code == 400
    assert bare.json()["error"] == {"type": "invalid_request_error",
                                    "message": "anthropic-version: header is required"}
    assert bare.headers["request-id"] == anthropic_endpoint.requests[-1].request_id


def test_anthropic_rate_limit_overload_and_unknown_model(anthropic_endpoint: AnthropicEndpoint) -> None:
    anthropic_endpoint.script(CLAUDE, Error(429, headers={"retry-after": "30"}), Error(529), Error(500))
    model = _claude(anthropic_endpoint)

    with pytest.raises(anthropic.RateLimitError) as limited:
        model.invoke("hi")
    assert limited.value.response.headers["retry-after"] == "30"
    assert limited.value.type == "rate_limit_error"
    with pytest.raises(anthropic.OverloadedError) as overloaded:
        model.invoke("hi")
    assert overloaded.value.status_code == 529 and overloaded.value.type == "overloaded_error"
    with pytest.raises(anthropic.InternalServerError) as failed:
        model.invoke("hi")
    assert failed.value.type == "api_error"

    with AnthropicEndpoint(models=[CLAUDE]) as listed:
        with pytest.raises(anthropic.NotFoundError) as missing:
            _claude(listed, model="claude-nope").invoke("hi")
        assert missing.value.type == "not_found_error"


def test_anthropic_stall_ends_in_a_client_timeout(anthropic_endpoint: AnthropicEndpoint) -> None:
    anthropic_endpoint.script(CLAUDE, Stall(), Stall())
    model = _claude(anthropic_endpoint, timeout=0.2)

    with pytest.raises(anthropic.APITimeoutError):
        model.invoke("hi")
    with pytest.raises(anthropic.APITimeoutError):
        list(model.stream("hi"))


# --- The endpoint itself ----------------------------------------------------------------------


def test_close_hangs_up_a_stalled_request_and_the_client_sees_a_connection_error() -> None:
    endpoint = OpenAIEndpoint()
    endpoint.script(GPT, Stall())
    raised: list[BaseException] = []

    def call() -> None:
        try:
            _gpt(endpoint, timeout=30).invoke("hi")
        except BaseException as exc:
            raised.append(exc)

    caller = threading.Thread(target=call)
    caller.start()
    for _ in range(1000):  # until the request is in, at most ~10 s
        if endpoint.requests:
            break
        time.sleep(0.01)
    endpoint.close()
    caller.join(timeout=10)

    assert not caller.is_alive(), "close() must release a stalled request"
    assert len(raised) == 1 and isinstance(raised[0], openai.APIConnectionError)


def test_reset_forgets_requests_and_scripts(openai_endpoint: OpenAIEndpoint) -> None:
    openai_endpoint.script(GPT, Reply("scripted"), Reply("left over"))
    openai_endpoint.respond_with(GPT, lambda body: Reply("computed"))
    assert _gpt(openai_endpoint).invoke("hi").content == "scripted"

    openai_endpoint.reset()

    assert openai_endpoint.requests == [] and openai_endpoint.pending(GPT) == 0
    assert _gpt(openai_endpoint).invoke("hi").content == "ok"


def test_a_responder_that_raises_is_a_recorded_fault(openai_endpoint: OpenAIEndpoint) -> None:
    def broken(body: dict[str, Any]) -> Reply:
        raise RuntimeError("script bug")

    openai_endpoint.respond_with(GPT, broken)

    with pytest.raises(openai.InternalServerError, match="script bug"):
        _gpt(openai_endpoint).invoke("hi")
    assert len(openai_endpoint.faults) == 1
    openai_endpoint.faults.clear()
